import { expect, test, type Page } from '@playwright/test';
import { base, logIn, newVisitor } from './support';

interface Sharing {
  company: string;
  position: string;
  date: string;
  result: string;
  difficulty: string;
  evaluation?: string;
  sharing: string;
  questions?: string[];
}

/** Fills the share form (zh-TW labels) and publishes it; answers the new experience's id. */
async function share(page: Page, s: Sharing): Promise<number> {
  await page.goto(`${base()}/experiences/new`);
  await page.getByLabel('公司').fill(s.company);
  await page.getByLabel('職位').fill(s.position);
  await page.getByLabel('面試日期').fill(s.date);
  await page.getByLabel('面試結果').selectOption(s.result);
  await page.getByLabel('面試難度').selectOption(s.difficulty);
  if (s.evaluation) await page.getByLabel('面試評價').selectOption(s.evaluation);
  await page.getByLabel('面試心得').fill(s.sharing);
  for (const [i, question] of (s.questions ?? []).entries()) {
    if (i > 0) await page.getByRole('button', { name: '新增題目' }).click();
    await page.getByLabel(`第 ${i + 1} 題`, { exact: true }).fill(question);
  }
  await page.getByRole('button', { name: '發布' }).click();
  await expect(page).toHaveURL(/\/experiences\/\d+$/);
  return Number(/\/experiences\/(\d+)$/.exec(page.url())![1]);
}

/** Clicks a favorite toggle and waits for the server to have saved the change. */
async function toggleFavorite(page: Page, id: number) {
  const saved = page.waitForResponse((response) => response.request().method() === 'POST' && response.ok());
  await page.getByTestId(`favorite-experience-${id}`).click();
  await saved;
}

test('a job seeker shares an interview, finds its company however it is typed, and saves it to 我的收藏', async ({ browser }) => {
  const { page, violations } = await newVisitor(browser);
  await page.goto(`${base()}/experiences`);
  await expect(page.getByRole('heading', { name: '面試分享' })).toBeVisible();
  // Signed out, the share button goes through log-in and comes back to the form.
  await page.getByRole('link', { name: '分享面試經驗' }).click();
  await expect(page).toHaveURL(/\/login\?next=/);
  await logIn(page, 'demo');
  await expect(page).toHaveURL(/\/experiences\/new$/);

  const id = await share(page, {
    company: '  ＡＣＭＥ 科技 ',
    position: '後端工程師',
    date: '2025-03-14',
    result: '已錄取',
    difficulty: '中等',
    evaluation: '4',
    sharing: '一面是**白板題**，二面聊專案。',
    questions: ['請介紹你自己', '什麼是 event loop？'],
  });
  const experience = page.getByTestId('experience');
  await expect(experience.getByTestId('experience-company')).toHaveText('ＡＣＭＥ 科技');
  await expect(experience.locator('.markdown strong')).toHaveText('白板題');
  await expect(experience.getByTestId('experience-questions').getByRole('listitem')).toHaveText(['請介紹你自己', '什麼是 event loop？']);
  await expect(experience.getByRole('img', { name: '評價 4 / 5' })).toBeVisible();

  // The company link leads to its page, and so does the name typed another way.
  await experience.getByTestId('experience-company').click();
  await expect(page.getByRole('heading', { level: 1, name: 'ＡＣＭＥ 科技', exact: true })).toBeVisible();
  await page.goto(`${base()}/companies/${encodeURIComponent('acme科技')}`);
  await expect(page.getByRole('heading', { level: 1, name: 'ＡＣＭＥ 科技', exact: true })).toBeVisible();
  await expect(page.getByTestId('company-count')).toHaveText('1 篇面試分享');
  await expect(page.getByTestId('result-shares-row').filter({ hasText: '已錄取' })).toContainText('100% (1)');
  await expect(page.getByTestId('result-shares-row').filter({ hasText: '未錄取' })).toContainText('0% (0)');
  await expect(page.getByTestId('company-questions')).toContainText('請介紹你自己');
  await expect(page.getByTestId('company-questions')).toContainText('什麼是 event loop？');
  await expect(page.getByTestId('company-evaluation')).toContainText('4.0');
  await expect(page.getByTestId('experience-item')).toHaveCount(1);
  // The list's company filter matches loosely too.
  await page.goto(`${base()}/experiences?company=${encodeURIComponent('ACME 科技')}`);
  await expect(page.getByTestId('experience-item')).toHaveCount(1);

  await page.goto(`${base()}/experiences/${id}`);
  await toggleFavorite(page, id);
  await expect(page.getByTestId(`favorite-experience-${id}`)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId(`favorite-experience-${id}`)).toContainText('1 收藏');
  await page.getByTestId('nav-profile').click();
  await page.getByRole('menuitem', { name: '我的收藏' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '我的收藏' })).toBeVisible();
  const saved = page.getByTestId('favorite-experiences');
  await expect(saved.getByTestId('experience-item')).toContainText('ＡＣＭＥ 科技');
  await expect(page.getByTestId('favorite-discussions')).toContainText('還沒有收藏任何討論。');

  await toggleFavorite(page, id);
  await page.reload();
  await expect(saved).toContainText('還沒有收藏任何面試分享。');
  expect(violations).toEqual([]);
});

test('the form refuses a future interview date beside the field, and nothing is saved', async ({ browser }) => {
  const { page } = await newVisitor(browser);
  await page.goto(`${base()}/login?next=${encodeURIComponent('/experiences/new')}`);
  await logIn(page, 'meiling');
  await expect(page).toHaveURL(/\/experiences\/new$/);
  // Nothing chosen: the selects say so in the page's language.
  await page.getByRole('button', { name: '發布' }).click();
  await expect(page.locator('#field-interview_result').locator('..').getByRole('alert')).toHaveText('請選擇面試結果');
  const company = `Future ${Date.now().toString(36)}`;
  const later = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('公司').fill(company);
  await page.getByLabel('職位').fill('前端工程師');
  await page.getByLabel('面試日期').fill(later);
  await page.getByLabel('面試結果').selectOption('等待中');
  await page.getByLabel('面試難度').selectOption('困難');
  await page.getByLabel('面試心得').fill('還沒面試。');
  await page.getByRole('button', { name: '發布' }).click();

  const dateField = page.locator('#field-interview_date').locator('..');
  await expect(dateField.getByRole('alert')).toHaveText('面試日期不可晚於今天');
  await expect(page.locator('#field-interview_date')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: '資料有誤，請檢查標示的欄位。' })).toBeVisible();
  await expect(page).toHaveURL(/\/experiences\/new$/);

  await page.goto(`${base()}/experiences?company=${encodeURIComponent(company)}`);
  await expect(page.getByTestId('experiences-empty')).toBeVisible();
  expect((await page.goto(`${base()}/companies/${encodeURIComponent(company)}`))?.status()).toBe(404);
});

test('only the author edits and deletes an experience', async ({ browser }) => {
  const author = (await newVisitor(browser)).page;
  await author.goto(`${base()}/login?next=${encodeURIComponent('/experiences/new')}`);
  await logIn(author, 'demo');
  await expect(author).toHaveURL(/\/experiences\/new$/);
  const company = `Globex ${Date.now().toString(36)}`;
  const id = await share(author, {
    company,
    position: 'SRE',
    date: '2024-11-02',
    result: '等待中',
    difficulty: '困難',
    sharing: '三關技術面。',
    questions: ['如何設計 rate limiter？'],
  });

  const other = (await newVisitor(browser)).page;
  await other.goto(`${base()}/experiences/${id}/edit`);
  await expect(other).toHaveURL(/\/login\?next=/);
  await logIn(other, 'meiling');
  await expect(other).toHaveURL(new RegExp(`/experiences/${id}/edit$`));
  await expect(other.getByText('只有作者可以編輯這篇面試分享。')).toBeVisible();
  await expect(other.getByTestId('experience-form')).toHaveCount(0);
  await other.goto(`${base()}/experiences/${id}`);
  await expect(other.getByTestId('experience')).toBeVisible();
  await expect(other.getByRole('link', { name: '編輯' })).toHaveCount(0);
  await expect(other.getByRole('button', { name: '刪除' })).toHaveCount(0);

  await author.getByRole('link', { name: '編輯' }).click();
  await expect(author).toHaveURL(new RegExp(`/experiences/${id}/edit$`));
  await expect(author.getByLabel('公司')).toHaveValue(company);
  await expect(author.getByLabel('面試日期')).toHaveValue('2024-11-02');
  await author.getByLabel('職位').fill('Site Reliability Engineer');
  await author.getByLabel('面試結果').selectOption('未錄取');
  await author.getByRole('button', { name: '移除 第 1 題' }).click();
  await author.getByRole('button', { name: '儲存變更' }).click();
  await expect(author).toHaveURL(new RegExp(`/experiences/${id}$`));
  const experience = author.getByTestId('experience');
  await expect(experience.getByRole('heading', { level: 1 })).toContainText('Site Reliability Engineer');
  await expect(experience.getByTestId('result-badge')).toHaveText('未錄取');
  await expect(experience.getByTestId('experience-questions')).toHaveCount(0);

  await author.getByRole('button', { name: '刪除' }).click();
  await author.getByRole('alertdialog').getByRole('button', { name: '刪除' }).click();
  await expect(author).toHaveURL(`${base()}/experiences`);
  expect((await author.goto(`${base()}/experiences/${id}`))?.status()).toBe(404);
  expect((await author.goto(`${base()}/experiences/not-a-number`))?.status()).toBe(404);
});

test('the English switch shows the experience, company and favorites pages in English', async ({ browser }) => {
  const { page } = await newVisitor(browser);
  await page.goto(`${base()}/login?next=${encodeURIComponent('/experiences')}`);
  await logIn(page, 'meiling');
  await expect(page).toHaveURL(/\/experiences$/);
  await page.getByTestId('locale-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Interview experiences' })).toBeVisible();
  await expect(page).toHaveTitle(/^Interview experiences/);
  await expect(page.getByLabel('Result')).toContainText('Any result');

  await page.getByRole('link', { name: 'Share an interview' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Share an interview' })).toBeVisible();
  const company = `Initech ${Date.now().toString(36)}`;
  await page.getByLabel('Company').fill(company);
  await page.getByLabel('Position').fill('Data engineer');
  await page.getByLabel('Interview date').fill('2025-01-20');
  await page.getByLabel('Result').selectOption({ label: 'Rejected' });
  await page.getByLabel('Difficulty').selectOption({ label: 'Easy' });
  await page.getByLabel('How it went').fill('A friendly chat.');
  await page.getByLabel('Question 1', { exact: true }).fill('Why us?');
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page).toHaveURL(/\/experiences\/\d+$/);
  await expect(page.getByTestId('result-badge')).toHaveText('Rejected');
  await expect(page.getByRole('heading', { name: 'Questions asked' })).toBeVisible();

  await page.getByTestId('experience-company').click();
  await expect(page.getByRole('heading', { level: 1, name: company, exact: true })).toBeVisible();
  await expect(page.getByTestId('company-count')).toHaveText('Shared interviews: 1');
  await expect(page.getByTestId('result-shares-row').filter({ hasText: 'Rejected' })).toContainText('100%');
  await expect(page.getByRole('heading', { name: 'Questions asked most often' })).toBeVisible();

  await page.goto(`${base()}/companies`);
  await expect(page.getByRole('heading', { level: 1, name: 'Companies' })).toBeVisible();
  await expect(page.getByTestId('company-item').filter({ hasText: company })).toContainText('Shared interviews: 1');

  await page.goto(`${base()}/favorites`);
  await expect(page.getByRole('heading', { level: 1, name: 'Favorites' })).toBeVisible();
  await expect(page).toHaveTitle(/^Favorites/);
  await expect(page.getByRole('heading', { name: 'Saved interview experiences' })).toBeVisible();
});
