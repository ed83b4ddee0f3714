import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { base, logIn, newVisitor } from './support';

/** Posts a discussion from /forum/new and answers its id, from the address the action redirects to. */
async function postDiscussion(page: Page, post: { title: string; content: string; tags: string }): Promise<number> {
  await page.getByLabel('標題').fill(post.title);
  await page.getByLabel('內容').fill(post.content);
  await page.getByLabel('標籤', { exact: true }).fill(post.tags);
  await page.getByRole('button', { name: '發布' }).click();
  await expect(page).toHaveURL(/\/forum\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(post.title);
  return Number(new URL(page.url()).pathname.split('/').pop());
}

const stamp = () => Date.now().toString(36) + randomBytes(2).toString('hex');

test('a job seeker posts with Markdown and tags, comments, saves it, and finds it by a word inside a sentence and by tag', async ({
  browser,
}) => {
  const { page, violations } = await newVisitor(browser);
  const tag = `e2e${stamp()}`;
  const title = `白板題心得 ${tag}`;

  // Signed out, 發文 goes through log-in and comes back to the form.
  await page.goto(`${base()}/forum`);
  await page.getByRole('link', { name: '發文' }).first().click();
  await expect(page).toHaveURL(/\/login\?next=%2Fforum%2Fnew$/);
  await logIn(page, 'demo', 'Demo12345');
  await expect(page).toHaveURL(`${base()}/forum/new`);

  const id = await postDiscussion(page, {
    title,
    content: '## 準備方式\n\n這次**白板題**考二元樹，面試官還請我吃鳳梨酥配紅茶。\n\n- 先講思路\n- 再寫程式',
    tags: `面試, ${tag}`,
  });
  const post = page.getByTestId('discussion');
  await expect(post.getByRole('heading', { level: 2, name: '準備方式' })).toBeVisible();
  await expect(post.locator('.markdown strong')).toHaveText('白板題');
  await expect(post.locator('.markdown li')).toHaveText(['先講思路', '再寫程式']);
  await expect(post.getByRole('link', { name: `#${tag}` })).toHaveAttribute('href', `/forum?tag=${tag}`);
  await expect(post.getByRole('link', { name: '#面試' })).toBeVisible();

  await page.locator('#new-comment').fill('謝謝分享，**很有幫助**');
  await page.getByRole('button', { name: '送出' }).click();
  await expect(page.getByTestId('comment')).toHaveCount(1);
  await expect(page.getByTestId('comment').locator('strong')).toHaveText('很有幫助');

  // The count moves on the click, before the server answers; what the server saved is there after a reload.
  const favorite = page.getByTestId(`favorite-discussion-${id}`);
  await expect(favorite).toContainText('0 收藏');
  const saved = page.waitForResponse((response) => response.request().method() === 'POST' && response.url().includes(`/forum/${id}`));
  await favorite.click();
  await expect(favorite).toContainText('1 收藏');
  await expect(favorite).toHaveAttribute('aria-pressed', 'true');
  await saved;
  await page.reload();
  await expect(page.getByTestId(`favorite-discussion-${id}`)).toContainText('1 收藏');
  await expect(page.getByTestId(`favorite-discussion-${id}`)).toHaveAttribute('aria-pressed', 'true');

  // 鳳梨酥 is in the middle of a sentence, never a word on its own.
  await page.goto(`${base()}/forum`);
  await page.getByRole('searchbox').fill('鳳梨酥');
  await page.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(/\/forum\?q=/);
  await expect(page.getByRole('status')).toHaveText('「鳳梨酥」的搜尋結果：1 篇');
  const found = page.getByTestId('discussion-item');
  await expect(found).toHaveCount(1);
  await expect(found.getByRole('link', { name: title })).toHaveAttribute('href', `/forum/${id}`);
  await expect(found).toContainText('面試官還請我吃鳳梨酥配紅茶');
  await expect(found).toContainText('1 留言');

  await page.goto(`${base()}/forum?q=${encodeURIComponent('沒有這個詞彙喔')}`);
  await expect(page.getByTestId('forum-empty')).toContainText('找不到符合條件的討論');
  await page.getByRole('link', { name: '看全部討論' }).click();
  await expect(page).toHaveURL(`${base()}/forum`);

  await page
    .getByRole('navigation', { name: '熱門標籤' })
    .getByRole('link', { name: `#${tag}` })
    .click();
  await expect(page).toHaveURL(`${base()}/forum?tag=${tag}`);
  await expect(page.getByTestId('discussion-item')).toHaveCount(1);
  await expect(page.getByTestId('discussion-item').getByRole('link', { name: title })).toBeVisible();
  expect(violations).toEqual([]);
});

test('a post cannot run script: no script tag, no event handler, no javascript: link', async ({ browser }) => {
  const { page } = await newVisitor(browser);
  await page.goto(`${base()}/login?next=${encodeURIComponent('/forum/new')}`);
  await logIn(page, 'meiling', 'Demo12345');
  await expect(page).toHaveURL(`${base()}/forum/new`);
  const title = `XSS ${stamp()}`;
  await postDiscussion(page, {
    title,
    content: '<script>window.__xss=1</script>\n\n<img src=x onerror="window.__xss=2">\n\n[click](javascript:window.__xss=3)',
    tags: '',
  });
  const xss = () => page.evaluate(() => (window as unknown as { __xss?: number }).__xss);
  const link = page.getByTestId('discussion').locator('.markdown a', { hasText: 'click' });
  await expect(link).toBeVisible();
  // The javascript: link keeps its text and loses its target: clicking it can go nowhere.
  expect(await link.getAttribute('href')).toBeNull();
  await expect(page.getByTestId('discussion').locator('.markdown script, .markdown img, .markdown [onerror]')).toHaveCount(0);
  // A script runs, and an image fails, before the page's load event: by then nothing had run.
  await page.waitForLoadState('load');
  expect(await xss()).toBeUndefined();
  // The list's excerpt is text, so the same post is inert there too.
  await page.goto(`${base()}/forum`);
  await expect(page.getByTestId('discussion-item').filter({ hasText: title })).toContainText('click');
  await page.waitForLoadState('load');
  expect(await xss()).toBeUndefined();
});

test('only the author edits and deletes a post; someone else never sees the form, and a deleted post is a 404', async ({ browser }) => {
  const author = (await newVisitor(browser)).page;
  await author.goto(`${base()}/login?next=${encodeURIComponent('/forum/new')}`);
  await logIn(author, 'demo', 'Demo12345');
  const title = `想請教薪資談判 ${stamp()}`;
  const id = await postDiscussion(author, { title, content: '第一次拿到 offer，該怎麼談？', tags: '薪資' });

  const other = (await newVisitor(browser)).page;
  await other.goto(`${base()}/login?next=${encodeURIComponent(`/forum/${id}/edit`)}`);
  await logIn(other, 'meiling', 'Demo12345');
  await expect(other).toHaveURL(`${base()}/forum/${id}/edit`);
  await expect(other.getByTestId('forum-cannot-edit')).toBeVisible();
  await expect(other.getByTestId('discussion-form')).toHaveCount(0);
  expect((await other.goto(`${base()}/forum/${id}/edit`))?.status()).toBe(404);
  await other.goto(`${base()}/forum/${id}`);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(other.getByRole('link', { name: '編輯' })).toHaveCount(0);
  await expect(other.getByTestId('discussion').getByRole('button', { name: '刪除' })).toHaveCount(0);

  await author.getByRole('link', { name: '編輯' }).click();
  await expect(author).toHaveURL(`${base()}/forum/${id}/edit`);
  await expect(author.getByLabel('標題')).toHaveValue(title);
  await expect(author.getByLabel('標籤', { exact: true })).toHaveValue('薪資');
  // Six tags are refused before anything is sent.
  await author.getByLabel('標籤', { exact: true }).fill('a b c d e f');
  await expect(author.getByRole('alert').filter({ hasText: '最多只能有 5 個標籤' })).toBeVisible();
  await expect(author.getByRole('button', { name: '儲存變更' })).toBeDisabled();
  // A blank title passes the browser's `required` but not the schema: the action's message shows beside the field.
  await author.getByLabel('標籤', { exact: true }).fill('薪資');
  await author.getByLabel('標題').fill('   ');
  await author.getByRole('button', { name: '儲存變更' }).click();
  await expect(author.getByRole('alert').filter({ hasText: '請填寫標題' })).toBeVisible();
  await expect(author.getByLabel('標題')).toHaveAttribute('aria-invalid', 'true');
  await author.getByLabel('標題').fill(`${title}（已更新）`);
  await author.getByLabel('標籤', { exact: true }).fill('薪資、offer');
  await author.getByRole('button', { name: '儲存變更' }).click();
  await expect(author).toHaveURL(`${base()}/forum/${id}`);
  await expect(author.getByRole('heading', { level: 1 })).toHaveText(`${title}（已更新）`);
  await expect(author.getByTestId('discussion').getByRole('link', { name: '#offer' })).toBeVisible();

  await author.getByTestId('discussion').getByRole('button', { name: '刪除' }).click();
  await author.getByRole('alertdialog').getByRole('button', { name: '刪除' }).click();
  await expect(author).toHaveURL(`${base()}/forum`);
  await expect(author.getByRole('link', { name: `${title}（已更新）` })).toHaveCount(0);
  const gone = await author.goto(`${base()}/forum/${id}`);
  expect(gone?.status()).toBe(404);
  await expect(author.getByTestId('forum-not-found')).toContainText('找不到這篇討論');
  expect((await author.goto(`${base()}/forum/not-a-number`))?.status()).toBe(404);
});

test('the English switch shows the forum in English', async ({ browser }) => {
  const { page } = await newVisitor(browser);
  await page.goto(`${base()}/forum`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('討論區');
  await page.getByTestId('locale-switch').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forum');
  await expect(page).toHaveTitle(/^Forum/);
  await expect(page.getByRole('link', { name: 'New post' }).first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sort' }).getByRole('link')).toHaveText(['Newest', 'Most saved', 'Most comments']);
  await expect(page.getByRole('button', { name: 'Search' })).toBeVisible();
  await page.goto(`${base()}/forum/2147483647`);
  await expect(page.getByTestId('forum-not-found')).toContainText('Discussion not found');
  await page.getByTestId('locale-switch').click();
  await expect(page.getByTestId('forum-not-found')).toContainText('找不到這篇討論');
});
