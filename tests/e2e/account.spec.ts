import path from 'node:path';
import { expect, test } from '@playwright/test';

const base = () => process.env.E2E_BASE_URL!;
const AVATAR = path.resolve(import.meta.dirname, 'fixtures', 'avatar.png');

test('a job seeker signs up, logs in, edits the profile with an avatar, and logs out', async ({ page }) => {
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

  await expect(page).toHaveURL(/\/login\?registered=1/);
  await expect(page.getByText('註冊成功，請登入。')).toBeVisible();
  await page.getByLabel('帳號或電子信箱').fill(account);
  await page.getByLabel('密碼').fill(password);
  await page.getByRole('button', { name: '登入' }).click();

  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByTestId('nav-profile')).toHaveText('林小華');

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
