import { randomBytes } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { base, signUpAndLogIn } from './support';

type MonacoWindow = {
  monaco?: { editor: { getModels(): Array<{ getValue(): string; setValue(value: string): void; getLanguageId(): string }> } };
};

/** A browser of its own client address (its own auth budget), in the given time zone and viewport. */
async function visitor(browser: Browser, options: { timezoneId?: string; viewport?: { width: number; height: number } } = {}) {
  const b = randomBytes(3);
  const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': `10.${b[0]}.${b[1]}.${b[2]}` }, ...options });
  return context.newPage();
}

async function editorValue(page: Page): Promise<string> {
  await page.waitForFunction(() => (window as unknown as MonacoWindow).monaco?.editor.getModels().length === 1);
  return page.evaluate(() => (window as unknown as Required<MonacoWindow>).monaco.editor.getModels()[0]!.getValue());
}

/** Replaces the editor's text once it holds the given language's model (a language switch opens a new one). */
async function setCode(page: Page, code: string, language: string) {
  await page.waitForFunction((id) => {
    const models = (window as unknown as MonacoWindow).monaco?.editor.getModels();
    return models?.length === 1 && models[0]!.getLanguageId() === id;
  }, language);
  await page.evaluate((text) => (window as unknown as Required<MonacoWindow>).monaco.editor.getModels()[0]!.setValue(text), code);
}

async function waitForSavedDraft(page: Page) {
  await expect(page.getByTestId('draft-status')).toHaveAttribute('data-state', 'saved', { timeout: 10_000 });
}

test('bug 7: text typed 0 ms apart and composed with an IME reaches the editor whole, is saved as a draft and reopens, in its language, after a reload', async ({
  browser,
}) => {
  const page = await visitor(browser);
  await signUpAndLogIn(page, '林打字');
  await page.goto(`${base()}/practice/two-sum`);
  await page.getByTestId('language').selectOption('python');
  await editorValue(page);

  const line = '# wrong: returns indices of the two numbers that add up to target, not the numbers themselves 0123456789';
  await page.locator('[data-testid="editor"] .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(line, { delay: 0 });
  expect(await editorValue(page)).toBe(line);
  await waitForSavedDraft(page);

  // An IME: composition updates, then the committed text.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'ㄓ', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.imeSetComposition', { text: '中', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.insertText', { text: '中文註解' });
  await expect.poll(() => editorValue(page)).toBe(`${line}中文註解`);
  await page.locator('[data-testid="statement"] h1').click(); // blur saves at once
  await waitForSavedDraft(page);

  await page.reload();
  await expect(page.getByTestId('language')).toHaveValue('python');
  expect(await editorValue(page)).toBe(`${line}中文註解`);

  // Discard (behind a confirmation) goes back to the starter code, and stays so after a reload.
  await page.getByRole('button', { name: '捨棄草稿' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: '捨棄', exact: true }).click();
  await expect.poll(() => editorValue(page)).toContain('def ');
  const starter = await editorValue(page);
  // With no draft left, the page opens in the user's preferred language; Python's code is its starter again.
  await page.reload();
  await page.getByTestId('language').selectOption('python');
  await expect.poll(() => editorValue(page)).toBe(starter);
});

for (const timezoneId of ['Asia/Taipei', 'America/New_York']) {
  test(`bug 6: with a submission listed, the practice page hydrates without an error in ${timezoneId}`, async ({ browser }) => {
    const page = await visitor(browser, { timezoneId });
    await signUpAndLogIn(page, '陳時區');
    await page.goto(`${base()}/practice/two-sum`);
    await page.getByTestId('language').selectOption('javascript');
    await setCode(page, 'function twoSum(nums, target) {\n  return [0, 1];\n}\n', 'javascript');
    await page.getByTestId('submit').click();
    await expect(page.getByTestId('verdict')).toContainText('答案錯誤', { timeout: 30_000 });

    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.reload();
    await expect(page.getByTestId('submission').first()).toContainText('答案錯誤');
    await editorValue(page);
    expect(errors.filter((text) => /hydrat|#418|#423|did not match/i.test(text))).toEqual([]);
  });
}

test('the workspace fills the screen at 1440×900 and stacks as tabs at 390×844, with no sideways scroll', async ({ browser }) => {
  const desktop = await visitor(browser, { viewport: { width: 1440, height: 900 } });
  await desktop.goto(`${base()}/practice/two-sum`);
  await editorValue(desktop);
  const box = await desktop.locator('[data-workspace]').boundingBox();
  expect(box!.width).toBe(1440);
  expect(Math.round(box!.y + box!.height)).toBe(900);
  expect(await desktop.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
  await expect(desktop.getByTestId('statement')).toBeVisible();
  await expect(desktop.getByTestId('editor')).toBeVisible();

  const phone = await visitor(browser, { viewport: { width: 390, height: 844 } });
  await phone.goto(`${base()}/practice/two-sum`);
  await expect(phone.getByRole('tab', { name: '程式碼' })).toHaveAttribute('data-state', 'active');
  await editorValue(phone);
  await phone.getByRole('tab', { name: '題目' }).click();
  await expect(phone.getByRole('heading', { name: '兩數之和' })).toBeVisible();
  await phone.getByRole('tab', { name: '結果' }).click();
  await expect(phone.getByText('登入後即可執行與送出程式碼。')).toBeVisible();
  expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await phone.goto(`${base()}/practice`);
  expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});
