import { expect, test } from '@playwright/test';
import { base, logIn, newVisitor } from './support';

test('an unknown address answers 404 with the page in zh-TW, or in English when the locale cookie says so', async ({ browser }) => {
  const { page, violations } = await newVisitor(browser);
  const reply = await page.goto(`${base()}/no-such-page-${Date.now()}`);
  expect(reply?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: '找不到這個頁面' })).toBeVisible();
  await expect(page.getByRole('link', { name: '回到首頁' })).toHaveAttribute('href', '/');

  await page.context().addCookies([{ name: 'locale', value: 'en', url: base() }]);
  const english = await page.goto(`${base()}/nothing-here-either`);
  expect(english?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  expect(violations).toEqual([]);
});

test('the favicon, the icon and the web manifest are served', async ({ request }) => {
  const favicon = await request.get(`${base()}/favicon.ico`);
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  const manifest = await request.get(`${base()}/manifest.webmanifest`);
  expect(manifest.status()).toBe(200);
  expect(await manifest.json()).toMatchObject({ name: 'CodeMeet 面試練習平台', lang: 'zh-TW' });
  expect((await request.get(`${base()}/icon.svg`)).status()).toBe(200);
});

test('the header marks the current section, switches the theme, and opens a sheet on a phone without sideways scroll', async ({
  browser,
}) => {
  const { page } = await newVisitor(browser);
  await page.goto(`${base()}/forum`);
  const nav = page.getByRole('navigation', { name: '主選單' });
  await expect(nav.getByRole('link', { name: '討論區' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: '程式練習' })).not.toHaveAttribute('aria-current', 'page');

  await page.getByTestId('theme-switch').click();
  await page.getByRole('menuitemradio', { name: '深色' }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/dark/);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${base()}/`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.getByTestId('nav-menu').click();
  const sheet = page.getByRole('dialog', { name: '選單' });
  await sheet.getByRole('link', { name: '面試分享' }).click();
  await expect(page).toHaveURL(`${base()}/experiences`);
  await expect(sheet).toHaveCount(0);
});

test('the home knows a signed-in user: where to continue, peer sessions, the balance and recent activity', async ({ browser }) => {
  const { page } = await newVisitor(browser);
  await page.goto(`${base()}/`);
  await expect(page.getByTestId('try-problem')).toHaveAttribute('href', /^\/practice\/[\w-]+$/);
  await page.goto(`${base()}/login`);
  await logIn(page, 'meiling');
  // Signing in is a round trip of its own: leave the page only when it has finished.
  await expect(page).not.toHaveURL(/\/login/, { timeout: 20_000 });
  await page.goto(`${base()}/`);
  await expect(page.getByRole('heading', { level: 1, name: '歡迎回來，陳美玲' })).toBeVisible();
  await expect(page.getByTestId('home-continue')).toBeVisible();
  await expect(page.getByTestId('home-peer')).toBeVisible();
  await expect(page.getByTestId('home-balance')).toContainText('剩餘機會：');
  // The demo seed gave 陳美玲 discussions of her own.
  await expect(page.getByTestId('home-activity').getByRole('link').first()).toBeVisible();
});
