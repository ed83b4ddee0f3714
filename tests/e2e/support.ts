import { randomBytes } from 'node:crypto';
import { expect, type Browser, type Page } from '@playwright/test';

/** The server the e2e global setup started (tests/e2e/global-setup.ts). */
export const base = () => process.env.E2E_BASE_URL!;

/**
 * A browser of its own client address (the test server trusts X-Forwarded-For), so each test has
 * its own auth budget; `violations` collects every Content-Security-Policy refusal the page logs.
 */
export async function newVisitor(
  browser: Browser,
  options: { acceptDownloads?: boolean; permissions?: string[] } = {},
): Promise<{ page: Page; violations: string[] }> {
  const b = randomBytes(3);
  const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': `10.${b[0]}.${b[1]}.${b[2]}` }, ...options });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect|frame)/i.test(message.text())) violations.push(message.text());
  });
  return { page, violations };
}

/** Fills in and sends the log-in form the page is on (the demo users' password by default). */
export async function logIn(page: Page, identifier: string, password = 'Demo12345') {
  await page.getByLabel('帳號或電子信箱').fill(identifier);
  await page.getByLabel('密碼').fill(password);
  await page.getByRole('button', { name: '登入' }).click();
}

/** Signs a new account up through the page and logs it in (it lands on its profile). */
export async function signUpAndLogIn(page: Page, name: string): Promise<string> {
  const account = `u${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  await page.goto(`${base()}/signup`);
  await page.getByLabel('姓名').fill(name);
  await page.getByLabel('電子信箱').fill(`${account}@example.com`);
  await page.getByLabel('帳號', { exact: true }).fill(account);
  await page.getByLabel('密碼').fill('Passw0rdOk');
  await page.getByRole('button', { name: '註冊' }).click();
  // Sign-up signs the new user in and opens the résumé: two round trips, slow on a busy machine.
  await expect(page).toHaveURL(/\/resume$/, { timeout: 20_000 });
  await page.goto(`${base()}/profile`);
  await expect(page).toHaveURL(/\/profile$/);
  return account;
}
