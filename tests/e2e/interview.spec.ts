import { expect, test, type Page } from '@playwright/test';
import { base, newVisitor, signUpAndLogIn } from './support';

async function setUp(page: Page, position: string, description: string, count: number) {
  await page.goto(`${base()}/interview`);
  await page.getByLabel('應徵職位').fill(position);
  await page.getByLabel('職缺描述（選填）').fill(description);
  await page.getByLabel('題數').selectOption(String(count));
  await page.getByTestId('start-interview').click();
  await expect(page).toHaveURL(/\/interview\/\d+$/);
}

async function answerByTyping(page: Page, text: string) {
  await page.getByTestId('begin-answer').click();
  await page.getByTestId('answer').fill(text);
  await page.getByTestId('submit-answer').click();
  await expect(page.getByTestId('feedback')).toBeVisible();
}

test('a job seeker practises an interview by typing and by voice, reloads mid-answer without losing it, and sees feedback and the trend', async ({
  browser,
}) => {
  const { page, violations } = await newVisitor(browser, { permissions: ['microphone'] });
  await signUpAndLogIn(page, '張面試');

  await setUp(page, '前端工程師', '使用 React 與 TypeScript 開發網站，重視網頁效能與無障礙。', 3);
  // The interview opens with a self-introduction, and each question says why it was chosen.
  await expect(page.getByText('第 1 題，共 3 題')).toBeVisible();
  await expect(page.getByTestId('question-reason')).toContainText('開場題');

  // 1: typed. A typed answer has no speech rate; the analyzer's figures show at once.
  await answerByTyping(
    page,
    '大家好，我是張面試，過去兩年在新創公司用 React 和 TypeScript 開發電商網站，負責前端效能優化，讓首頁載入時間減少了 40%。',
  );
  await expect(page.getByTestId('feedback-rate')).toContainText('打字回答不計語速');
  await expect(page.getByTestId('feedback-score')).toContainText(/\d+/);
  await page.getByTestId('next-question').click();

  // 2: by voice, with the fake microphone; the transcript is typed where the browser cannot transcribe.
  await expect(page.getByText('第 2 題，共 3 題')).toBeVisible();
  await page.getByTestId('begin-answer').click();
  await page.getByTestId('mode-voice').click();
  await page.getByTestId('start-recording').click();
  await expect(page.getByTestId('record-state')).toHaveText('錄音中…');
  await page
    .getByTestId('answer')
    .fill('當時我負責改善網站效能，我先用 Lighthouse 量測，接著拆分程式碼並延遲載入圖片，結果 LCP 降低了一秒。');
  // Long enough for a measurable speech rate.
  await page.waitForTimeout(2500);
  await page.getByTestId('stop-recording').click();
  await expect(page.getByTestId('record-state')).toContainText('已錄音');
  await page.getByTestId('submit-answer').click();
  await expect(page.getByTestId('feedback-rate')).toContainText('字／分鐘');
  // The kept recording plays back beside its feedback, from the server.
  const player = page.getByTestId('recording-player');
  await expect(player).toBeVisible();
  const audio = await page.request.get(`${base()}${await player.getAttribute('src')}`);
  expect(audio.status()).toBe(200);
  expect(audio.headers()['content-type']).toMatch(/^audio\//);
  await page.getByTestId('next-question').click();

  // 3: a reload in the middle of an answer keeps what was typed and the countdown.
  await page.getByTestId('begin-answer').click();
  const draft = '我想加入貴公司，是因為你們重視使用者體驗';
  await page.getByTestId('answer').fill(draft);
  await page.reload();
  await expect(page.getByText('已還原上次未送出的回答。')).toBeVisible();
  await expect(page.getByTestId('answer')).toHaveValue(draft);
  await expect(page.getByTestId('countdown')).toHaveText(/^1:5\d$|^2:00$/);
  await page.getByTestId('answer').fill(`${draft}，也希望在這裡持續成長。`);
  await page.getByTestId('submit-answer').click();
  await expect(page.getByTestId('feedback')).toBeVisible();
  await page.getByTestId('next-question').click();

  await page.getByTestId('finish').click();
  await expect(page).toHaveURL(/\/interview\/records\/\d+$/);
  await expect(page.getByTestId('record-score')).toHaveText(/\d+/);
  await expect(page.getByTestId('record-answer')).toHaveCount(3);
  await expect(page.getByTestId('record-answer').nth(1).getByTestId('recording-player')).toBeVisible();

  // A second, shorter interview ended early: the records page now draws the trend.
  await setUp(page, '行銷企劃', '社群經營、Meta 廣告投放、GA4 成效分析', 3);
  await answerByTyping(page, '嗯，我是那個，然後我有做過社群經營。');
  await page.getByTestId('finish-early').click();
  await expect(page).toHaveURL(/\/interview\/records\/\d+$/);

  await page.goto(`${base()}/interview/records`);
  await expect(page.getByTestId('record')).toHaveCount(2);
  // One point per interview; speech rate only where answers were spoken (the first interview).
  await expect(page.getByTestId('trend-score').locator('.recharts-line-dot')).toHaveCount(2);
  await expect(page.getByTestId('trend-fillers').locator('.recharts-line-dot')).toHaveCount(2);
  await expect(page.getByTestId('trend-rate').locator('.recharts-line-dot')).toHaveCount(1);
  expect(violations).toEqual([]);
});

test('someone else’s interview is not found, and a deleted record is gone with its recording', async ({ browser }) => {
  const owner = (await newVisitor(browser)).page;
  await signUpAndLogIn(owner, '王擁有');
  await setUp(owner, '業務專員', 'B2B 軟體銷售', 3);
  const interviewUrl = owner.url();
  await answerByTyping(owner, '我有三年 B2B 業務經驗，去年業績達成率 120%。');
  await owner.getByTestId('finish-early').click();
  await expect(owner).toHaveURL(/\/interview\/records\/\d+$/);
  const recordUrl = owner.url();

  const other = (await newVisitor(browser)).page;
  await signUpAndLogIn(other, '李路人');
  for (const url of [interviewUrl, recordUrl]) {
    const response = await other.goto(url);
    expect(response?.status()).toBe(404);
  }

  owner.once('dialog', (dialog) => void dialog.accept());
  await owner.getByTestId('delete-record').click();
  await expect(owner).toHaveURL(/\/interview\/records$/);
  expect((await owner.goto(recordUrl))?.status()).toBe(404);
});
