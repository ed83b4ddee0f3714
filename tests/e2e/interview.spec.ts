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

/**
 * The browser's speech recognition, faked: it hears `window.__heard` (as one final result) once
 * recording starts, and fails like a browser without recognition when nothing is set.
 */
const FAKE_RECOGNITION = `
  class FakeRecognition {
    constructor() { this.lang = ''; this.continuous = false; this.interimResults = false; this.onresult = null; this.onerror = null; }
    start() {
      const heard = window.__heard;
      if (!heard) { setTimeout(() => this.onerror && this.onerror(), 0); return; }
      setTimeout(() => {
        const result = [{ transcript: heard }];
        result.isFinal = true;
        this.onresult && this.onresult({ resultIndex: 0, results: [result] });
      }, 200);
    }
    stop() {}
  }
  window.SpeechRecognition = FakeRecognition;
`;

async function endEarly(page: Page, answered: number) {
  await page.getByTestId('finish-early').click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText(`已回答的 ${answered} 題`);
  await dialog.getByRole('button', { name: '結束面試' }).click();
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
  await page.addInitScript(FAKE_RECOGNITION);
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
  await expect(page.getByTestId('feedback-rate')).toContainText('無法判斷語速');
  // The score says its scale and what made it.
  await expect(page.getByTestId('feedback-score')).toContainText(/^分數\d+／100$/);
  await expect(page.getByTestId('feedback-factors')).toContainText('重點涵蓋');
  await expect(page.getByTestId('factor-length')).toContainText(/長度 [\d.]+／20/);
  await page.getByTestId('next-question').click();

  // 2: by voice, with the fake microphone; the browser's (fake) recognition writes the transcript.
  await expect(page.getByText('第 2 題，共 3 題')).toBeVisible();
  await page.getByTestId('begin-answer').click();
  await page.getByTestId('mode-voice').click();
  const heard = '當時我負責改善網站效能，我先用 Lighthouse 量測，接著拆分程式碼並延遲載入圖片，結果 LCP 降低了一秒。';
  await page.evaluate((text) => Object.assign(window, { __heard: text }), heard);
  await page.getByTestId('start-recording').click();
  await expect(page.getByTestId('record-state')).toHaveText('錄音中…');
  await expect(page.getByTestId('answer')).toHaveValue(heard);
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
  // The last question's button ends the interview.
  await expect(page.getByTestId('next-question')).toHaveCount(0);
  await expect(page.getByTestId('finish')).toHaveText('完成');
  await page.getByTestId('finish').click();
  await expect(page).toHaveURL(/\/interview\/records\/\d+$/);
  await expect(page.getByTestId('record-score')).toHaveText(/^\d+／100$/);
  await expect(page.getByTestId('record-answer')).toHaveCount(3);
  await expect(page.getByTestId('record-answer').nth(1).getByTestId('recording-player')).toBeVisible();

  // A second, shorter interview ended early: the records page now draws the trend.
  await setUp(page, '行銷企劃', '社群經營、Meta 廣告投放、GA4 成效分析', 3);
  await answerByTyping(page, '嗯，我是那個，然後我有做過社群經營。');
  await page.getByTestId('next-question').click();
  // A recording whose words were typed, not heard, has no speech rate (it was 947 字／分鐘).
  await page.evaluate(() => Object.assign(window, { __heard: '' }));
  await page.getByTestId('begin-answer').click();
  await page.getByTestId('mode-voice').click();
  await page.getByTestId('start-recording').click();
  await page
    .getByTestId('answer')
    .fill('我在上一份工作負責社群經營，當時粉絲成長停滯，我決定每週舉辦直播活動，結果三個月內追蹤人數成長一倍。'.repeat(3));
  await page.waitForTimeout(1500);
  await page.getByTestId('stop-recording').click();
  await page.getByTestId('submit-answer').click();
  await expect(page.getByTestId('feedback-rate')).toContainText('無法判斷語速');
  await expect(page.getByTestId('feedback-tips')).not.toContainText('語速');
  await page.getByTestId('next-question').click();
  // Ending early asks first, and the record keeps the answered questions.
  await page.getByTestId('finish-early').click();
  await page.getByRole('alertdialog').getByRole('button', { name: '繼續作答' }).click();
  await expect(page).toHaveURL(/\/interview\/\d+$/);
  await endEarly(page, 2);
  await expect(page).toHaveURL(/\/interview\/records\/\d+$/);
  await expect(page.getByTestId('record-answer').nth(0)).toContainText('我有做過社群經營');
  await expect(page.getByTestId('record-answer').nth(1).getByTestId('feedback-rate')).toContainText('無法判斷語速');

  await page.goto(`${base()}/interview/records`);
  await expect(page.getByTestId('record')).toHaveCount(2);
  // One point per interview; speech rate only where the browser heard answers (the first interview), not drawn as 0.
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
  await endEarly(owner, 1);
  await expect(owner).toHaveURL(/\/interview\/records\/\d+$/);
  const recordUrl = owner.url();

  const other = (await newVisitor(browser)).page;
  await signUpAndLogIn(other, '李路人');
  for (const url of [interviewUrl, recordUrl]) {
    const response = await other.goto(url);
    expect(response?.status()).toBe(404);
  }

  await owner.getByTestId('delete-record').click();
  await owner.getByRole('alertdialog').getByRole('button', { name: '刪除紀錄' }).click();
  await expect(owner).toHaveURL(/\/interview\/records$/);
  expect((await owner.goto(recordUrl))?.status()).toBe(404);
});

test('the progress bar marks the current question (aria-current="step") in a colour of its own', async ({ browser }) => {
  const { page } = await newVisitor(browser);
  await signUpAndLogIn(page, '陳進度');
  await setUp(page, '資料分析師', 'SQL、Python、報表自動化', 3);
  const steps = page.getByTestId('progress-step');
  await expect(steps).toHaveCount(3);
  await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
  await expect(steps.nth(0)).toHaveAttribute('aria-current', 'step');
  const background = (i: number) => steps.nth(i).evaluate((el) => getComputedStyle(el).backgroundColor);
  // bg-brand-300 was not in the theme: the current step was transparent.
  expect(await background(0)).not.toBe('rgba(0, 0, 0, 0)');
  expect(await background(0)).not.toBe(await background(1));
  await answerByTyping(page, '我熟悉 SQL 與 Python，曾把每週報表自動化。');
  await page.getByTestId('next-question').click();
  await expect(steps.nth(1)).toHaveAttribute('aria-current', 'step');
  expect(await background(1)).not.toBe(await background(2));
  expect(await background(1)).not.toBe(await background(0));
});
