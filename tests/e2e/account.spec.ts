import path from 'node:path';
import { expect, test } from '@playwright/test';
import { newVisitor, signUpAndLogIn } from './support';

const base = () => process.env.E2E_BASE_URL!;
const AVATAR = path.resolve(import.meta.dirname, 'fixtures', 'avatar.png');

test('a job seeker signs up and is signed in, edits the profile with an avatar, logs out and back in', async ({ page }) => {
  const account = `e2e${Date.now().toString(36)}`;
  const password = 'Passw0rdOk';

  await page.goto(`${base()}/signup`);
  await expect(page.getByRole('heading', { name: '註冊' })).toBeVisible();
  // A weak password is refused with the rule shown beside the field.
  await page.getByLabel('姓名').fill('林小華');
  await page.getByLabel('電子信箱').fill(`${account}@example.com`);
  await page.getByLabel('帳號', { exact: true }).fill(account);
  await page.getByLabel('密碼').fill('weak');
  await page.getByRole('button', { name: '註冊' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '密碼必須8碼以上，且必須有大小寫字母及數字' })).toBeVisible();
  await page.getByLabel('密碼').fill(password);
  await page.getByRole('button', { name: '註冊' }).click();

  // Sign-up signs the new user in (it did not: they landed on the log-in page) and opens the résumé.
  await expect(page).toHaveURL(/\/resume$/, { timeout: 20_000 });
  await expect(page.getByTestId('nav-profile')).toHaveText('林小華');
  await page.goto(`${base()}/profile`);
  await expect(page).toHaveURL(/\/profile$/);

  const form = page.getByTestId('profile-form');
  await form.getByLabel('電話').fill('0912345678');
  await form.getByLabel('地址').fill('台中市北區三民路');
  await form.getByLabel('性別').selectOption('F');
  await form.getByLabel('生日').fill('2002-01-01');
  await form.getByLabel('求職狀態').fill('求職中');
  await form.getByLabel('最高學歷').fill('大學');
  await form.getByLabel('工作年資').fill('一年以下');
  await form.getByRole('button', { name: '儲存' }).click();
  await expect(form.getByRole('status')).toHaveText('已儲存');

  await page.locator('#avatar-file').setInputFiles(AVATAR);
  await page.getByRole('button', { name: '儲存' }).first().click();
  await expect(page.getByTestId('avatar-image')).toHaveAttribute('src', /\/api\/avatars\/\d+-[\w-]+\.png$/);

  // What was saved is there after a reload.
  await page.reload();
  await expect(form.getByLabel('地址')).toHaveValue('台中市北區三民路');
  await expect(form.getByLabel('生日')).toHaveValue('2002-01-01');
  const src = await page.getByTestId('avatar-image').getAttribute('src');
  const image = await page.request.get(`${base()}${src}`);
  expect(image.headers()['content-type']).toBe('image/png');

  await page.getByTestId('nav-profile').click();
  await page.getByRole('menuitem', { name: '登出' }).click();
  await page.getByRole('button', { name: '登出' }).click();
  await expect(page).toHaveURL(/\/login\?loggedOut=1/);
  await page.goto(`${base()}/profile`);
  await expect(page).toHaveURL(/\/login\?next=%2Fprofile|\/login\?next=\/profile/);
  // The password chosen at sign-up logs in.
  await page.getByLabel('帳號或電子信箱').fill(account);
  await page.getByLabel('密碼').fill(password);
  await page.getByRole('button', { name: '登入' }).click();
  await expect(page).toHaveURL(/\/profile$/);
});

/** A PNG of about `bytes` bytes: a real signature and header, then filler. */
function pngOf(bytes: number): Buffer {
  const header = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
  return Buffer.concat([header, Buffer.alloc(bytes - header.length, 7)]);
}

test('an avatar over the limit is refused in the browser with its size, not sent, and the page stays', async ({ browser }) => {
  const { page } = await newVisitor(browser);
  await signUpAndLogIn(page, '周大圖');
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') posts.push(request.url());
  });
  // A 6 MB PNG crashed the page with Next's English "This page couldn't load" (HTTP 500).
  await page.locator('#avatar-file').setInputFiles({ name: 'big.png', mimeType: 'image/png', buffer: pngOf(6 * 1024 * 1024) });
  await expect(page.getByTestId('avatar-error')).toHaveText('檔案過大（上限 2 MB），請選擇較小的圖片。');
  await page.getByTestId('avatar-save').click();
  await expect(page.getByTestId('avatar-error')).toHaveText('檔案過大（上限 2 MB），請選擇較小的圖片。');
  expect(posts).toEqual([]);
  await expect(page.getByRole('heading', { name: '個人資料' })).toBeVisible();
  await expect(page.getByText("This page couldn't load")).toHaveCount(0);

  // Not an image: refused the same way.
  await page.locator('#avatar-file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(page.getByTestId('avatar-error')).toContainText('檔案格式不支援');

  // A small one still goes through.
  await page.locator('#avatar-file').setInputFiles(AVATAR);
  await expect(page.getByTestId('avatar-error')).toHaveCount(0);
  await page.getByTestId('avatar-save').click();
  await expect(page.getByTestId('avatar-image')).toHaveAttribute('src', /\/api\/avatars\/\d+-[\w-]+\.png$/);
});

test('the profile page fits a 390 px phone: no sideways scroll, the avatar’s 儲存 in view', async ({ browser }) => {
  const { page } = await newVisitor(browser);
  await page.setViewportSize({ width: 390, height: 844 });
  await signUpAndLogIn(page, '行動版使用者的名字很長很長');
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  // It scrolled to 501 px.
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  const save = page.getByTestId('avatar-save');
  await expect(save).toBeInViewport({ ratio: 1 });
  const box = (await save.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
});

test('the interface switches between 中文 and English', async ({ page }) => {
  await page.goto(`${base()}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
  await expect(page.getByRole('link', { name: '免費註冊' })).toBeVisible();
  await page.getByTestId('locale-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'Sign up free' })).toBeVisible();
});

test('a wrong password is refused with the contract’s message', async ({ page }) => {
  await page.goto(`${base()}/login`);
  await page.getByLabel('帳號或電子信箱').fill('demo');
  await page.getByLabel('密碼').fill('WrongPass1');
  await page.getByRole('button', { name: '登入' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '帳號或密碼輸入錯誤' })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});
