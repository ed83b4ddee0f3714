import { expect, test } from '@playwright/test';
import { base, logIn, newVisitor } from './support';

test('every page runs under its nonce policy without a single violation', async ({ browser }) => {
  const { page, violations } = await newVisitor(browser);
  for (const path of ['/', '/signup', '/login']) {
    await page.goto(`${base()}${path}`);
    await page.waitForLoadState('networkidle');
  }
  await logIn(page, 'demo', 'Demo12345');
  await expect(page).toHaveURL(/\/profile$/);
  await page.goto(`${base()}/preferences`);
  await page.waitForLoadState('networkidle');
  await page.goto(`${base()}/docs`);
  await expect(page.locator('.opblock').first()).toBeVisible();
  expect(violations).toEqual([]);
});

test('the API reference lists the routes and calls one for real', async ({ browser }) => {
  const { page } = await newVisitor(browser);
  await page.goto(`${base()}/docs`);
  await expect(page.getByRole('heading', { name: 'API 文件' })).toBeVisible();
  const health = page.locator('#operations-Platform-getApiHealth');
  await expect(health).toBeVisible();
  await expect(page.locator('.opblock-summary-path', { hasText: '/api/v1/users/me/preferences' }).first()).toBeVisible();
  await health.locator('.opblock-summary').click();
  await health.getByRole('button', { name: 'Execute' }).click();
  await expect(health.locator('.live-responses-table tr.response .response-col_status')).toHaveText('200');
  await expect(health.locator('.live-responses-table')).toContainText('"status": "ok"');
});

test('log-in follows `next` only to a page of this site, however it is spelled', async ({ browser }) => {
  for (const next of ['/\\evil.example', '/\t/evil.example', '/\\/evil.example', '//evil.example']) {
    const { page } = await newVisitor(browser);
    await page.goto(`${base()}/login?next=${encodeURIComponent(next)}`);
    await logIn(page, 'demo', 'Demo12345');
    await expect(page).toHaveURL(`${base()}/profile`);
    await page.context().close();
  }
  const { page } = await newVisitor(browser);
  await page.goto(`${base()}/login?next=${encodeURIComponent('/preferences')}`);
  await logIn(page, 'demo', 'Demo12345');
  await expect(page).toHaveURL(`${base()}/preferences`);
});

test('the log-in page stops a guesser after 5 tries a minute, and says so', async ({ browser }) => {
  const { page } = await newVisitor(browser);
  await page.goto(`${base()}/login`);
  for (let i = 0; i < 5; i++) {
    await logIn(page, 'meiling', `Wrong${i}Pass`);
    await expect(page.getByRole('alert').filter({ hasText: '帳號或密碼輸入錯誤' })).toBeVisible();
  }
  await logIn(page, 'meiling', 'Demo12345');
  await expect(page.getByRole('alert').filter({ hasText: '嘗試次數過多，請稍候一分鐘再試。' })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test('sign-ups from one address are limited within a minute: the page then stays and says to wait', async ({ browser }) => {
  const { page } = await newVisitor(browser);
  const stamp = Date.now().toString(36);
  const limited = page.getByRole('alert').filter({ hasText: '嘗試次數過多，請稍候一分鐘再試。' });
  // Five sign-ups a minute; each also signs its user in, which spends the same address's budget,
  // so the limit can answer before the sixth.
  let refusedAt = -1;
  for (let i = 0; i < 6 && refusedAt < 0; i++) {
    await page.goto(`${base()}/signup`);
    await page.getByLabel('姓名').fill(`訪客${i}`);
    await page.getByLabel('電子信箱').fill(`rate${stamp}${i}@example.com`);
    await page.getByLabel('帳號', { exact: true }).fill(`rate${stamp}${i}`);
    await page.getByLabel('密碼').fill('Passw0rdOk');
    await page.getByRole('button', { name: '註冊' }).click();
    // Created (signed in on the résumé, or sent to log in) or refused (the page stays and says to wait).
    await expect.poll(async () => (await limited.isVisible()) || !page.url().includes('/signup'), { timeout: 20_000 }).toBe(true);
    if (await limited.isVisible()) refusedAt = i;
  }
  expect(refusedAt).toBeGreaterThan(0);
  await expect(page).toHaveURL(/\/signup/);
});
