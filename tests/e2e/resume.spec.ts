import { execFileSync } from 'node:child_process';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { base, newVisitor, signUpAndLogIn } from './support';

async function signedIn(browser: Browser): Promise<Page> {
  const { page } = await newVisitor(browser, { acceptDownloads: true });
  await signUpAndLogIn(page, '林履歷');
  return page;
}

test('a job seeker writes a résumé with rows added, reordered and removed, and downloads a Chinese PDF of it', async ({ browser }) => {
  const page = await signedIn(browser);
  await page.getByTestId('nav-profile').click();
  await page.getByRole('menuitem', { name: '我的履歷' }).click();
  await expect(page.getByRole('heading', { name: '我的履歷' })).toBeVisible();
  const preview = page.getByTestId('resume-preview');

  await page.getByLabel('自傳').fill('我來自台南，喜歡把複雜的問題拆解清楚。');
  await expect(preview).toContainText('我來自台南');

  const education = page.locator('section', { has: page.getByRole('heading', { name: '學歷' }) });
  await education.getByRole('button', { name: '新增一筆' }).click();
  // School and department are two fields; dates are months, as a résumé writes them.
  await education.getByLabel('學校', { exact: true }).nth(0).fill('成功大學');
  await education.getByLabel('科系（選填）').nth(0).fill('資訊工程學系');
  await expect(education.getByLabel('入學年月').nth(0)).toHaveAttribute('type', 'month');
  await education.getByLabel('入學年月').nth(0).fill('2019-09');
  await education.getByLabel('畢業年月').nth(0).fill('2023-06');
  await education.getByRole('button', { name: '新增一筆' }).click();
  await education.getByLabel('學校', { exact: true }).nth(1).fill('成功大學資訊工程研究所');
  await education.getByLabel('入學年月').nth(1).fill('2023-09');
  await education.getByLabel('在學中').nth(1).check();
  // The graduate school goes first, as a résumé lists the latest first.
  await education.getByRole('button', { name: '上移' }).nth(1).click();
  await expect(education.getByLabel('學校', { exact: true }).nth(0)).toHaveValue('成功大學資訊工程研究所');
  await expect(preview).toContainText('2023/09 – 在學中');

  const work = page.locator('section', { has: page.getByRole('heading', { name: '工作經驗' }) });
  await work.getByRole('button', { name: '新增一筆' }).click();
  await work.getByLabel('公司').fill('台積電');
  await work.getByLabel('職稱').fill('軟體工程實習生');
  await work.getByLabel('到職年月').fill('2022-07');
  await work.getByLabel('離職年月').fill('2022-08');
  // What the person did there has a place of its own.
  await work.getByLabel('工作內容（選填）').fill('負責內部工具前端，把報表產生時間從 10 分鐘縮短到 1 分鐘。');
  await expect(preview).toContainText('把報表產生時間從 10 分鐘縮短到 1 分鐘');
  await work.getByRole('button', { name: '新增一筆' }).click();
  await work.getByLabel('公司').nth(1).fill('要刪掉的公司');
  await work.getByRole('button', { name: '移除' }).nth(1).click();
  await expect(work.getByTestId('resume-row')).toHaveCount(1);

  await page.getByLabel('技能').fill('Python, React、SQL');
  await page.getByRole('button', { name: '儲存履歷' }).click();
  await expect(page.getByRole('status')).toHaveText('已儲存');

  // What was saved is there after a reload, in the order it was arranged.
  await page.reload();
  await expect(page.getByLabel('學校', { exact: true }).nth(0)).toHaveValue('成功大學資訊工程研究所');
  await expect(page.getByLabel('在學中').nth(0)).toBeChecked();
  await expect(page.getByLabel('科系（選填）').nth(1)).toHaveValue('資訊工程學系');
  await expect(page.getByLabel('畢業年月').nth(1)).toHaveValue('2023-06');
  await expect(page.getByLabel('工作內容（選填）')).toHaveValue('負責內部工具前端，把報表產生時間從 10 分鐘縮短到 1 分鐘。');

  const downloading = page.waitForEvent('download');
  await page.getByTestId('resume-pdf').click();
  const download = await downloading;
  const file = await download.path();
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  for (const expected of [
    '林履歷',
    '自傳',
    '我來自台南',
    '成功大學資訊工程研究所',
    '在學中',
    '台積電',
    '軟體工程實習生',
    '資訊工程學系',
    '報表產生時間',
    'Python',
    'SQL',
  ]) {
    expect(text, expected).toContain(expected);
  }
  expect(text).not.toContain('要刪掉的公司');
  // The graduate school comes first in the PDF too.
  expect(text.indexOf('研究所')).toBeLessThan(text.indexOf('資訊工程學系'));
});

test('the résumé refuses an end before its start, beside the field, and keeps the rest of the draft', async ({ browser }) => {
  const page = await signedIn(browser);
  await page.goto(`${base()}/resume`);
  await page.getByLabel('自傳').fill('草稿自傳');
  const work = page.locator('section', { has: page.getByRole('heading', { name: '工作經驗' }) });
  await work.getByRole('button', { name: '新增一筆' }).click();
  await work.getByLabel('公司').fill('倒轉公司');
  await work.getByLabel('職稱').fill('工程師');
  await work.getByLabel('到職年月').fill('2023-05');
  await work.getByLabel('離職年月').fill('2022-05');
  await page.getByRole('button', { name: '儲存履歷' }).click();
  await expect(work.getByRole('alert').filter({ hasText: '離職日期不可早於到職日期' })).toBeVisible();
  await expect(page.getByLabel('自傳')).toHaveValue('草稿自傳');
  // Nothing was saved.
  await page.reload();
  await expect(page.getByLabel('自傳')).toHaveValue('');
});
