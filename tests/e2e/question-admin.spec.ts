import { expect, test } from '@playwright/test';
import { base, logIn, newVisitor } from './support';

const BANK = '/admin/questions';

const FUNCTION_NAMES = { javascript: 'addTwo', typescript: 'addTwo', python: 'add_two', java: 'addTwo', cpp: 'addTwo' };

const SOLUTIONS: Record<string, string> = {
  javascript: 'function addTwo(a, b) {\n  return a + b;\n}\n',
  typescript: 'function addTwo(a: number, b: number): number {\n  return a + b;\n}\n',
  python: 'class Solution:\n    def add_two(self, a: int, b: int) -> int:\n        return a + b\n',
  java: 'class Solution {\n    public int addTwo(int a, int b) {\n        return a + b;\n    }\n}\n',
  cpp: 'class Solution {\npublic:\n    int addTwo(int a, int b) {\n        return a + b;\n    }\n};\n',
};

const HIDDEN = [7, 0, -5, 100, -1000, 123456, 2147483646, -2000000000, 42, 9].map((a, i) => ({ args: [a, i - a + 1], expected: i + 1 }));

test('an admin writes a problem, sees the proof fail for one language, fixes it, publishes it, and it is on /practice', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const { page, violations } = await newVisitor(browser);
  await page.goto(`${base()}${BANK}`);
  await expect(page).toHaveURL(/\/login\?next=/);
  await logIn(page, 'admin', 'CodeMeet2026');
  await expect(page).toHaveURL(new RegExp(`${BANK}$`));
  await expect(page.getByRole('heading', { level: 1, name: '程式題庫管理' })).toBeVisible();

  const unique = `e2e${Date.now().toString(36)}`;
  await page.getByTestId('add-question').click();
  await expect(page).toHaveURL(new RegExp(`${BANK}/new$`));
  await page.locator('#q-slug').fill(`${unique}-add-two`);
  await page.locator('#q-titleZh').fill(`${unique} 兩數相加`);
  await page.locator('#q-titleEn').fill(`${unique} Add Two`);
  await page.locator('#q-difficulty').selectOption('Easy');
  await page.locator('#q-category').selectOption('array');
  await page.locator('#q-statementZh').fill('回傳 `a + b`。');
  await page.locator('#q-statementEn').fill('Return `a + b`.');
  await page.locator('#q-examples').fill(JSON.stringify([{ input: 'a = 1, b = 2', output: '3' }]));
  await page.locator('#q-hints').fill(JSON.stringify([{ en: 'Use +.', zh: '用 +。' }]));
  await page.locator('#q-constraints').fill('-2^31 <= a, b <= 2^31 - 1');
  await page.locator('#q-spec').fill(
    JSON.stringify({
      functionName: FUNCTION_NAMES,
      params: [
        { name: 'a', type: 'int' },
        { name: 'b', type: 'int' },
      ],
      returns: 'int',
      compare: 'exact',
    }),
  );
  await page.locator('#q-visible').fill(JSON.stringify([{ args: [1, 2], expected: 3 }]));

  // A JSON field that does not parse is named before anything is sent.
  await page.locator('#q-hidden').fill('[{"args": [1, 2], ');
  await page.getByTestId('run-proof').click();
  await expect(page.getByTestId('errors-hidden')).toHaveText('不是有效的 JSON');
  await page.locator('#q-hidden').fill(JSON.stringify(HIDDEN));

  for (const [language, code] of Object.entries(SOLUTIONS)) {
    await page.locator(`#q-starter-${language}`).fill(code.replace(/return a \+ b;?/, ''));
    // Python's reference is wrong on its third case.
    await page
      .locator(`#q-solutions-${language}`)
      .fill(language === 'python' ? code.replace('return a + b', 'return a - b if a == 7 else a + b') : code);
  }

  await page.getByTestId('run-proof').click();
  const results = page.getByTestId('proof-results');
  await expect(results).toHaveAttribute('data-ok', 'false', { timeout: 120_000 });
  await expect(results.getByTestId('proof-python')).toHaveAttribute('data-ok', 'false');
  await expect(results.getByTestId('proof-python')).toContainText('wrong_answer at case 2');
  await expect(results.getByTestId('proof-javascript')).toHaveAttribute('data-ok', 'true');
  await expect(results.getByTestId('proof-java')).toHaveAttribute('data-ok', 'true');

  // Publishing anyway is refused, and the failing language is named beside its code.
  await page.getByTestId('publish').click();
  await expect(page.getByTestId('errors-solutions-python')).toContainText('wrong_answer at case 2', { timeout: 120_000 });
  await expect(page).toHaveURL(new RegExp(`${BANK}/new$`));

  await page.locator('#q-solutions-python').fill(SOLUTIONS.python!);
  await page.getByTestId('run-proof').click();
  await expect(results).toHaveAttribute('data-ok', 'true', { timeout: 120_000 });
  await expect(results.getByTestId('proof-python')).toContainText('accepted (11 cases)');

  await page.getByTestId('publish').click();
  await expect(page).toHaveURL(new RegExp(`${BANK}\\?q=${unique}-add-two`), { timeout: 120_000 });
  const row = page.getByTestId('admin-question').filter({ hasText: `${unique} 兩數相加` });
  await expect(row.getByTestId('question-status')).toHaveText('已發布');

  await page.goto(`${base()}/practice?q=${unique}`);
  await expect(page.getByTestId('practice-list').getByRole('link', { name: `${unique} 兩數相加` })).toBeVisible();

  // Retired from the list, it leaves /practice; published again (its proof runs again), it is back.
  await page.goto(`${base()}${BANK}?q=${unique}`);
  await row.getByTestId('retire-question').click();
  await page.getByRole('alertdialog').getByRole('button', { name: '下架' }).click();
  await expect(row.getByTestId('question-status')).toHaveText('已下架');
  await page.goto(`${base()}/practice?q=${unique}`);
  await expect(page.getByTestId('practice-list')).toHaveCount(0);
  await page.goto(`${base()}${BANK}?q=${unique}`);
  await row.getByTestId('restore-question').click();
  await expect(row.getByTestId('question-status')).toHaveText('已發布', { timeout: 120_000 });
  expect(violations).toEqual([]);
});

test('a signed-in user who is not an admin is told the coding bank is for administrators', async ({ browser }) => {
  const { page } = await newVisitor(browser);
  await page.goto(`${base()}${BANK}/new`);
  await logIn(page, 'demo');
  await expect(page.getByTestId('questions-admin-only')).toContainText('程式題庫只有管理員可以管理。');
  await expect(page.getByTestId('question-editor')).toHaveCount(0);
  await expect(page.getByRole('link', { name: '程式題庫管理' })).toHaveCount(0);
});
