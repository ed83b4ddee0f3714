import { expect, test, type Page } from '@playwright/test';
import { base, newVisitor, signUpAndLogIn } from './support';

/** Puts code into the page's Monaco editor through its model, as a paste would (typing would meet its auto-closing brackets). */
async function setCode(page: Page, code: string) {
  await page.waitForFunction(
    () => (window as unknown as { monaco?: { editor: { getModels(): unknown[] } } }).monaco?.editor.getModels().length === 1,
  );
  await page.evaluate((text) => {
    const monaco = (window as unknown as { monaco: { editor: { getModels(): Array<{ setValue(value: string): void }> } } }).monaco;
    monaco.editor.getModels()[0]!.setValue(text);
  }, code);
}

test('a user picks a problem, sees which visible case a wrong answer fails, fixes it, submits it accepted, and finds it marked solved', async ({
  browser,
}) => {
  const { page, violations } = await newVisitor(browser);
  await signUpAndLogIn(page, '周練習');

  await page.goto(`${base()}/practice`);
  await page.getByLabel('搜尋題目').fill('兩數');
  await page.getByRole('button', { name: '篩選' }).click();
  await expect(page.getByTestId('practice-item')).toHaveCount(1);
  await page.getByRole('link', { name: '兩數之和' }).click();
  await expect(page.getByRole('heading', { name: '兩數之和' })).toBeVisible();

  // The editor (self-hosted Monaco) opens with the language's starter code.
  await page.getByTestId('language').selectOption('javascript');
  await expect(page.getByTestId('editor')).toContainText('function twoSum');

  await setCode(page, 'function twoSum(nums, target) {\n  return [0, 1];\n}\n');
  await page.getByTestId('run').click();
  await expect(page.getByTestId('verdict')).toContainText('答案錯誤');
  const failed = page.getByTestId('case-detail').first();
  await expect(failed).toContainText('[3,2,4], 6');
  await expect(failed).toContainText('[1,2]');

  await setCode(
    page,
    'function twoSum(nums, target) {\n  const seen = new Map();\n  for (let i = 0; i < nums.length; i++) {\n    if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];\n    seen.set(nums[i], i);\n  }\n  return [];\n}\n',
  );
  await page.getByTestId('run').click();
  await expect(page.getByTestId('verdict')).toContainText('通過');
  await page.getByTestId('submit').click();
  await expect(page.getByTestId('verdict')).toContainText('通過', { timeout: 30_000 });
  // Hidden cases are judged but never shown.
  await expect(page.getByTestId('case-result').filter({ hasText: '隱藏測資' }).first()).toBeVisible();
  await expect(page.getByTestId('submission').first()).toContainText('通過');

  await page.goto(`${base()}/practice?q=${encodeURIComponent('兩數')}`);
  await expect(page.getByTestId('practice-item').getByRole('img', { name: '已解決' })).toBeVisible();
  expect(violations).toEqual([]);
});
