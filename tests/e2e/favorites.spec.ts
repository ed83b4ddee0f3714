import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';

const base = () => process.env.E2E_BASE_URL!;

test('a discussion and an interview experience saved from their pages are both found under 我的收藏, and leave it when unsaved', async ({
  browser,
}) => {
  const b = randomBytes(3);
  const ip = `10.${b[0]}.${b[1]}.${b[2]}`;
  const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': ip } });
  const page = await context.newPage();
  const stamp = Date.now().toString(36) + b.toString('hex');

  // What to save is written by someone else, through the API (a client of the contract).
  const login = await page.request.post(`${base()}/api/users/login`, { data: { account: 'meiling', password: 'Demo12345' } });
  const { token } = (await login.json()) as { token: string };
  const discussion = await page.request.post(`${base()}/api/discussions`, {
    headers: { token },
    data: { title: `收藏測試 ${stamp}`, content: '值得收藏的一篇。', tags: ['收藏'] },
  });
  const { discussion_id: discussionId } = (await discussion.json()) as { discussion_id: number };
  const experience = await page.request.post(`${base()}/api/experiences`, {
    headers: { token },
    data: {
      company: `收藏公司${stamp}`,
      position: '前端工程師',
      interview_date: '2024/03/01',
      interview_sharing: '二面考了 React。',
      interview_result: '已錄取',
      interview_difficulty: '中等',
      interview_question: ['介紹一個專案'],
    },
  });
  const { experience_id: experienceId } = (await experience.json()) as { experience_id: number };

  await page.goto(`${base()}/login?next=${encodeURIComponent(`/forum/${discussionId}`)}`);
  await page.getByLabel('帳號或電子信箱').fill('demo');
  await page.getByLabel('密碼').fill('Demo12345');
  await page.getByRole('button', { name: '登入' }).click();
  await expect(page).toHaveURL(`${base()}/forum/${discussionId}`);
  await page.getByTestId(`favorite-discussion-${discussionId}`).click();
  await expect(page.getByTestId(`favorite-discussion-${discussionId}`)).toHaveAttribute('aria-pressed', 'true');

  await page.goto(`${base()}/experiences/${experienceId}`);
  await page.getByTestId(`favorite-experience-${experienceId}`).click();
  await expect(page.getByTestId(`favorite-experience-${experienceId}`)).toHaveAttribute('aria-pressed', 'true');

  await page.getByTestId('nav-profile').click();
  await page.getByRole('menuitem', { name: '我的收藏' }).click();
  await expect(page).toHaveURL(`${base()}/favorites`);
  await expect(page.getByRole('link', { name: `收藏測試 ${stamp}` })).toBeVisible();
  await expect(page.getByText(`收藏公司${stamp}`).first()).toBeVisible();

  // Unsaved from 我的收藏, gone after a reload. The list may drop the row as soon as the change is
  // saved (the page is revalidated), so what is checked is that no pressed button is left.
  await page.getByTestId(`favorite-discussion-${discussionId}`).click();
  await expect(page.locator(`[data-testid="favorite-discussion-${discussionId}"][aria-pressed="true"]`)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('link', { name: `收藏測試 ${stamp}` })).toHaveCount(0);
  await expect(page.getByText(`收藏公司${stamp}`).first()).toBeVisible();
});
