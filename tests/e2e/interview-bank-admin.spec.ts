import { expect, test, type Browser, type Page } from '@playwright/test';
import { base, logIn, newVisitor } from './support';

const BANK = '/admin/interview-questions';

/** The seeded admin (db/seed/index.ts), signed in through the bank's own log-in redirect. */
async function adminOnBank(browser: Browser): Promise<{ page: Page; violations: string[] }> {
  const visitor = await newVisitor(browser);
  await visitor.page.goto(`${base()}${BANK}`);
  await expect(visitor.page).toHaveURL(/\/login\?next=/);
  await logIn(visitor.page, 'admin', 'CodeMeet2026');
  await expect(visitor.page).toHaveURL(new RegExp(`${BANK}$`));
  await expect(visitor.page.getByRole('heading', { level: 1, name: '面試題庫管理' })).toBeVisible();
  return visitor;
}

/** Filters the list with its GET form; waits for the address the form leads to. */
async function filter(page: Page, { status, q }: { status?: string; q?: string }) {
  if (status) await page.getByLabel('狀態').selectOption(status);
  if (q !== undefined) await page.getByLabel('搜尋').fill(q);
  await page.getByRole('button', { name: '篩選' }).click();
  if (status) await expect(page).toHaveURL(new RegExp(`status=${status}`));
  if (q) await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(q)}`));
}

/** Fills a point row of the form (1-based, as labelled). */
async function fillPoint(page: Page, n: number, point: { zh: string; en: string; keywords: string }) {
  await page.getByLabel(`重點 ${n}（中文）`).fill(point.zh);
  await page.getByLabel(`重點 ${n}（英文）`).fill(point.en);
  await page.getByLabel(`重點 ${n} 關鍵字`).fill(point.keywords);
}

test('an admin filters the bank, adds a question, edits it, retires it and restores it', async ({ browser }) => {
  const { page, violations } = await adminOnBank(browser);
  const unique = `bank${Date.now().toString(36)}`;

  // Filtering by family: only marketing questions are listed.
  await page.getByLabel('職務類別').selectOption('marketing');
  await page.getByRole('button', { name: '篩選' }).click();
  await expect(page).toHaveURL(/family=marketing/);
  const families = page.getByTestId('bank-list').getByTestId('question-family');
  await expect(families.first()).toHaveText('行銷');
  await expect(families.filter({ hasNotText: '行銷' })).toHaveCount(0);
  await expect(page.getByLabel('職務類別')).toHaveValue('marketing');

  // A new question with two points: saved, then shown in the list it belongs to.
  await page.getByTestId('add-question').click();
  await expect(page).toHaveURL(new RegExp(`${BANK}/new$`));
  await page.getByLabel('職務類別').selectOption('marketing');
  await page.getByLabel('題型').selectOption('situational');
  await page.getByLabel('題目（中文）').fill(`${unique} 如果新品上市只有一個月，你會怎麼規劃行銷活動？`);
  await page.getByLabel('題目（英文）').fill(`${unique} With one month before a launch, how would you plan the campaign?`);
  await page.getByLabel('標籤').fill('上市, campaign');
  await fillPoint(page, 1, {
    zh: '先定目標受眾與成效指標',
    en: 'Set the audience and the success metrics first',
    keywords: '受眾, audience, KPI',
  });
  await fillPoint(page, 2, {
    zh: '依時程安排通路與預算',
    en: 'Plan channels and budget against the timeline',
    keywords: '預算, budget, 通路',
  });
  await page.getByLabel('最短秒數').fill('90');
  await page.getByLabel('最長秒數').fill('180');
  await page.getByRole('button', { name: '新增', exact: true }).click();

  await expect(page).toHaveURL(/family=marketing&kind=situational&saved=\d+/);
  await expect(page.getByTestId('saved-notice').getByRole('status')).toContainText(`已儲存：${unique}`);
  const row = page.getByTestId('bank-question').filter({ hasText: unique });
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-saved', 'true');
  await expect(row.getByTestId('question-family')).toHaveText('行銷');
  await expect(row.getByTestId('question-kind')).toHaveText('情境題');
  await expect(row.getByTestId('question-en')).toContainText('how would you plan the campaign?');
  await expect(row.getByTestId('question-tags').getByRole('listitem')).toHaveText(['上市', 'campaign']);
  await expect(row.getByTestId('question-seconds')).toContainText('90–180 秒');
  await expect(row.getByTestId('question-status')).toHaveText('使用中');

  // The text search finds it as well.
  await page.goto(`${base()}${BANK}`);
  await filter(page, { q: unique });
  await expect(page.getByTestId('bank-question')).toHaveCount(1);

  // Editing its Chinese text.
  await row.getByTestId('edit-question').click();
  await expect(page).toHaveURL(/\/edit$/);
  await expect(page.getByLabel('題目（中文）')).toHaveValue(`${unique} 如果新品上市只有一個月，你會怎麼規劃行銷活動？`);
  await expect(page.getByLabel('重點 2 關鍵字')).toHaveValue('預算, budget, 通路');
  await page.getByLabel('題目（中文）').fill(`${unique} 新品上市前只剩一個月，你會如何安排行銷？`);
  await page.getByRole('button', { name: '儲存變更' }).click();
  await expect(page).toHaveURL(/saved=\d+/);
  await expect(row.getByTestId('question-zh')).toHaveText(`${unique} 新品上市前只剩一個月，你會如何安排行銷？`);
  await expect(row.getByTestId('question-tags').getByRole('listitem')).toHaveText(['上市', 'campaign']);

  // Retiring it, after the confirmation: gone from the questions in use, listed under retired.
  await page.goto(`${base()}${BANK}`);
  await filter(page, { q: unique });
  await expect(row).toHaveCount(1);
  await row.getByRole('button', { name: '停用' }).click();
  const confirmation = page.getByRole('alertdialog');
  await expect(confirmation).toContainText('確定要停用這題嗎？');
  await confirmation.getByRole('button', { name: '停用' }).click();
  await expect(row).toHaveCount(0);
  await expect(page.getByTestId('bank-empty')).toHaveText('沒有符合條件的題目。');
  await filter(page, { status: 'retired' });
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('question-status')).toHaveText('已停用');
  await filter(page, { status: 'all' });
  await expect(row).toHaveCount(1);

  // Restoring it: no longer retired, in use again.
  await filter(page, { status: 'retired' });
  await row.getByRole('button', { name: '恢復使用' }).click();
  await expect(row).toHaveCount(0);
  await filter(page, { status: 'published' });
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('question-status')).toHaveText('使用中');

  // The same page in English.
  await page.getByTestId('locale-switch').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Interview question bank' })).toBeVisible();
  await expect(row.getByTestId('question-family')).toHaveText('Marketing');
  await expect(row.getByTestId('question-status')).toHaveText('In use');
  expect(violations).toEqual([]);
});

test('a signed-in user who is not an admin is refused the bank and its forms', async ({ browser }) => {
  const { page } = await newVisitor(browser);
  await page.goto(`${base()}${BANK}/new`);
  await expect(page).toHaveURL(/\/login\?next=/);
  await logIn(page, 'demo');
  await expect(page).toHaveURL(new RegExp(`${BANK}/new$`));
  await expect(page.getByTestId('bank-admin-only').getByRole('alert')).toHaveText('只有管理員可以管理面試題庫。');
  await expect(page.getByTestId('question-form')).toHaveCount(0);

  await page.goto(`${base()}${BANK}`);
  await expect(page.getByTestId('bank-admin-only').getByRole('alert')).toHaveText('只有管理員可以管理面試題庫。');
  await expect(page.getByTestId('bank-question')).toHaveCount(0);
  await expect(page.getByTestId('add-question')).toHaveCount(0);
  await expect(page.getByRole('link', { name: '面試題庫管理' })).toHaveCount(0);

  await page.goto(`${base()}${BANK}/1/edit`);
  await expect(page.getByTestId('bank-admin-only').getByRole('alert')).toHaveText('只有管理員可以管理面試題庫。');
  await expect(page.getByTestId('question-form')).toHaveCount(0);
});

test('a bad question is refused field by field, a point’s error beside its row, and nothing is saved', async ({ browser }) => {
  const { page } = await adminOnBank(browser);
  const unique = `bad${Date.now().toString(36)}`;
  await page.goto(`${base()}${BANK}/new`);
  await page.getByLabel('職務類別').selectOption('sales');
  await page.getByLabel('題型').selectOption('behavioral');
  // No Chinese text, and one point only (the second row left empty is not sent).
  await page.getByLabel('題目（英文）').fill(`${unique} Tell me about a deal you lost.`);
  await page.getByLabel('標籤').fill('deal');
  await fillPoint(page, 1, { zh: '說明失敗原因', en: 'Say why it was lost', keywords: 'why, 原因' });
  await page.getByRole('button', { name: '新增', exact: true }).click();

  await expect(page.getByTestId('form-failure')).toHaveText('資料有誤，請檢查標示的欄位。');
  await expect(page.getByTestId('error-zh').getByRole('alert')).toHaveText('請填寫中文題目，最多 300 個字');
  await expect(page.getByLabel('題目（中文）')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('error-points').getByRole('alert')).toHaveText('回答重點需要 2–8 個');
  await expect(page).toHaveURL(new RegExp(`${BANK}/new$`));

  // The Chinese text given and a second point without keywords: the error moves to that row.
  await page.getByLabel('題目（中文）').fill(`${unique} 請談一次你沒談成的案子。`);
  await page.getByLabel('重點 2（中文）').fill('說明學到什麼');
  await page.getByLabel('重點 2（英文）').fill('Say what you learned');
  await page.getByRole('button', { name: '新增', exact: true }).click();
  await expect(page.getByTestId('error-point-2-keywords').getByRole('alert')).toHaveText('關鍵字需要 1–20 個，每個最多 40 個字');
  await expect(page.getByLabel('重點 2 關鍵字')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('error-zh')).toHaveCount(0);
  await expect(page.getByTestId('error-points')).toHaveCount(0);
  await expect(page.getByTestId('error-point-1-keywords')).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`${BANK}/new$`));

  await page.goto(`${base()}${BANK}?status=all&q=${unique}`);
  await expect(page.getByTestId('bank-empty')).toBeVisible();
  await expect(page.getByTestId('bank-question')).toHaveCount(0);
});
