import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { SYSTEM_TOKEN } from '../harness/processes';
import { base, logIn, newVisitor } from './support';

// A live peer interview from end to end, in two browsers: both queue and are matched, meet in
// the room, type in the shared editor at once and end with the same code, chat, run, submit,
// end, give each other feedback and replay the session; the balances move as §5 says.

async function register(displayName: string): Promise<{ email: string; userId: string }> {
  const email = `live-${randomBytes(4).toString('hex')}@example.com`;
  const res = await fetch(`${base()}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.67.${randomBytes(1)[0]}.${randomBytes(1)[0]}` },
    body: JSON.stringify({ email, password: 'Passw0rdOk', displayName }),
  });
  expect(res.status).toBe(201);
  return { email, userId: ((await res.json()) as { userId: string }).userId };
}

async function signedIn(browser: Parameters<typeof newVisitor>[0], displayName: string) {
  const { email, userId } = await register(displayName);
  const visitor = await newVisitor(browser);
  await visitor.page.goto(`${base()}/login`);
  await logIn(visitor.page, email, 'Passw0rdOk');
  await expect(visitor.page).toHaveURL(/\/profile$/);
  return { ...visitor, userId };
}

/** Two signed-in people put in a room by the system caller (no queue), both with the room page open. */
async function inRoom(browser: Parameters<typeof newVisitor>[0], names: [string, string], room: Record<string, unknown>) {
  const alice = await signedIn(browser, names[0]);
  const bob = await signedIn(browser, names[1]);
  const created = await fetch(`${base()}/api/v1/rooms`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${SYSTEM_TOKEN}` },
    body: JSON.stringify({ participants: [alice.userId, bob.userId], ...room }),
  });
  expect(created.status).toBe(201);
  const { roomId } = (await created.json()) as { roomId: string };
  for (const { page } of [alice, bob]) {
    await page.goto(`${base()}/rooms/${roomId}`);
    await expect(page.getByTestId('room-connection')).toHaveText('已連線');
  }
  return { alice, bob };
}

/** The shared editor's text, from the Monaco model the page shows. */
const editorText = (page: Page) =>
  page.evaluate(() => {
    const monaco = (window as unknown as { monaco?: { editor: { getModels(): Array<{ getValue(): string }> } } }).monaco;
    return monaco?.editor.getModels()[0]?.getValue() ?? '';
  });

async function typeAt(page: Page, where: 'start' | 'end', text: string) {
  await page.getByTestId('shared-editor').locator('.view-lines').click();
  await page.keyboard.press(where === 'start' ? 'Control+Home' : 'Control+End');
  await page.keyboard.type(text, { delay: 15 });
}

const balance = async (page: Page) => {
  await page.goto(`${base()}/opportunities`);
  return (await page.getByTestId('opportunity-balance').textContent())?.trim();
};

test('two people queue, meet, code together, end, give feedback and replay', async ({ browser }) => {
  test.setTimeout(180_000);
  const alice = await signedIn(browser, '王受試');
  const bob = await signedIn(browser, '陳面試');
  expect(await balance(alice.page)).toBe('1');
  expect(await balance(bob.page)).toBe('1');

  // Alice queues as interviewee; the lobby shows a live wait timer.
  await alice.page.goto(`${base()}/live`);
  await alice.page.getByTestId('role-interviewee').check();
  await alice.page.getByTestId('lobby-language').selectOption('javascript');
  await alice.page.getByTestId('lobby-difficulty').selectOption('Easy');
  await alice.page.getByTestId('queue-join').click();
  await expect(alice.page.getByTestId('queue-waiting')).toBeVisible();
  await expect(alice.page.getByTestId('queue-timer')).not.toHaveText('00:00', { timeout: 5000 });

  // Bob queues as interviewer: matched at once; Alice hears match_found and both land in the room.
  await bob.page.goto(`${base()}/live`);
  await bob.page.getByTestId('role-interviewer').check();
  await bob.page.getByTestId('lobby-language').selectOption('javascript');
  await bob.page.getByTestId('lobby-difficulty').selectOption('Easy');
  await bob.page.getByTestId('queue-join').click();
  await expect(bob.page).toHaveURL(/\/rooms\/room_\d+$/, { timeout: 30_000 });
  await expect(alice.page).toHaveURL(bob.page.url(), { timeout: 15_000 });

  for (const { page } of [alice, bob]) {
    await expect(page.getByTestId('room-connection')).toHaveText('已連線');
    // Monaco's scripts (public/vs) load first: seconds on a busy machine.
    await expect(page.getByTestId('shared-editor').locator('.view-lines')).toBeVisible({ timeout: 30_000 });
  }
  // The interviewer alone sees the reference solution and the rubric.
  await expect(bob.page.getByTestId('interviewer-pane')).toBeVisible();
  await expect(alice.page.getByTestId('interviewer-pane')).toHaveCount(0);

  await alice.page.getByTestId('room-start').click();
  await expect(alice.page.getByTestId('room-status')).toHaveText('進行中');
  await expect(bob.page.getByTestId('room-status')).toHaveText('進行中');

  // Both type at once, in different places; the editors end identical, with every character of both.
  await Promise.all([typeAt(alice.page, 'start', '// alice was here\n'), typeAt(bob.page, 'end', '\n// bob was here')]);
  await expect
    .poll(async () => (await editorText(alice.page)) === (await editorText(bob.page)) && (await editorText(alice.page)))
    .toContain('// alice was here');
  const together = await editorText(bob.page);
  expect(together).toContain('// bob was here');
  expect(await editorText(alice.page)).toBe(together);

  // Chat both ways.
  await alice.page.getByTestId('chat-input').fill('我先用雜湊表');
  await alice.page.getByTestId('chat-send').click();
  await expect(bob.page.getByTestId('room-chat')).toContainText('我先用雜湊表');
  await bob.page.getByTestId('chat-input').fill('好，請說明時間複雜度');
  await bob.page.getByTestId('chat-send').click();
  await expect(alice.page.getByTestId('room-chat')).toContainText('好，請說明時間複雜度');

  // A run's output reaches both sides.
  await typeAt(alice.page, 'end', '\nconsole.log(6 * 7)');
  await expect.poll(() => editorText(bob.page)).toContain('console.log(6 * 7)');
  await alice.page.getByTestId('room-run').click();
  await expect(bob.page.getByTestId('room-console')).toContainText('42', { timeout: 30_000 });
  await expect(alice.page.getByTestId('room-console')).toContainText('42');

  // A submission is judged; both see the verdict.
  await alice.page.getByTestId('room-submit').click();
  await expect(alice.page.getByTestId('room-verdict')).toBeVisible({ timeout: 60_000 });
  await expect(bob.page.getByTestId('room-verdict')).toBeVisible();

  // Nothing shown is lost: a reload keeps the run's output and the verdict (read from the room's timeline).
  const verdict = await alice.page.getByTestId('room-verdict').textContent();
  await alice.page.reload();
  await expect(alice.page.getByTestId('room-connection')).toHaveText('已連線');
  await expect(alice.page.getByTestId('room-console')).toContainText('42');
  await expect(alice.page.getByTestId('room-verdict')).toHaveText(verdict!);
  await expect(alice.page.getByTestId('shared-editor').locator('.view-lines')).toBeVisible();

  const final = await editorText(alice.page);

  // Bob ends the interview; both pages show it ended.
  await bob.page.getByTestId('room-end').click();
  await bob.page.getByRole('alertdialog').getByRole('button', { name: '結束面試' }).click();
  await expect(bob.page.getByTestId('room-status')).toHaveText('已結束');
  await expect(alice.page.getByTestId('room-status')).toHaveText('已結束');
  // What ending it paid, in words.
  await expect(bob.page.getByTestId('room-reward')).toContainText('獲得一次機會');

  // Feedback: each sees the other's only after giving their own.
  await alice.page.getByTestId('rating-5').check();
  await alice.page.getByTestId('feedback-comment').fill('引導很清楚');
  await alice.page.getByTestId('feedback-send').click();
  await expect(alice.page.getByTestId('feedback-given')).toContainText('引導很清楚');
  await expect(alice.page.getByTestId('feedback-received')).toHaveCount(0);
  // Bob, without a reload, hears that Alice gave hers; he still sees it only after giving his.
  await expect(bob.page.getByTestId('feedback-form')).toContainText('送出你的回饋後，就能看到對方給你的回饋。');
  // The interviewer rates on the rubric's criteria; the overall rating is their mean.
  for (const criterion of ['understanding', 'approach', 'complexity', 'code', 'testing', 'communication']) {
    await bob.page.getByTestId(`criterion-${criterion}-4`).check();
  }
  await expect(bob.page.getByTestId('rating-4')).toBeChecked();
  await bob.page.getByTestId('feedback-comment').fill('邊界情況可以再多想');
  await bob.page.getByTestId('feedback-strengths').fill('溝通清楚\n先寫暴力解');
  await bob.page.getByTestId('feedback-send').click();
  await expect(bob.page.getByTestId('feedback-received')).toContainText('引導很清楚');
  // Alice's page gets Bob's feedback live (feedback_given), no reload.
  await expect(alice.page.getByTestId('feedback-received')).toContainText('邊界情況可以再多想');

  // History lists it with the feedback received; the replay plays the code as it was typed.
  await alice.page.goto(`${base()}/rooms/history`);
  await expect(alice.page.getByTestId('room-history-item')).toHaveCount(1);
  await expect(alice.page.getByTestId('room-history-feedback')).toContainText('邊界情況可以再多想');
  await alice.page.getByTestId('room-history-replay').click();
  await expect(alice.page.getByTestId('replay')).toBeVisible();
  await alice.page.getByTestId('replay-speed').selectOption('8');
  await alice.page.getByTestId('replay-play').click();
  await expect(alice.page.getByTestId('replay-events')).toContainText('我先用雜湊表', { timeout: 30_000 });
  const scrubber = alice.page.getByTestId('replay-scrubber');
  await scrubber.fill(String(await scrubber.getAttribute('max')));
  await expect(alice.page.getByTestId('replay-code')).toHaveText(final);

  // Alice spent her opportunity by starting; Bob earned one by interviewing.
  expect(await balance(alice.page)).toBe('0');
  expect(await balance(bob.page)).toBe('2');
  expect([...alice.violations, ...bob.violations]).toEqual([]);
});

test('with video on, the two see each other: WebRTC signalled over the room socket (Chromium’s fake camera)', async ({ browser }) => {
  test.setTimeout(120_000);
  const { alice, bob } = await inRoom(browser, ['林視訊', '張視訊'], { language: 'python', enableVideo: true });
  await alice.page.getByTestId('video-toggle').click();
  await bob.page.getByTestId('video-toggle').click();
  for (const { page } of [alice, bob]) {
    await expect
      .poll(() => page.getByTestId('remote-video').evaluate((video: HTMLVideoElement) => video.videoWidth), { timeout: 30_000 })
      .toBeGreaterThan(0);
  }
  // Hanging up reaches the partner too.
  await alice.page.getByTestId('video-toggle').click();
  await expect.poll(() => bob.page.getByTestId('remote-video').evaluate((video: HTMLVideoElement) => video.srcObject === null)).toBe(true);
});

test('an edit that takes the code past 100,000 characters is undone with a notice, and the partner never sees it', async ({ browser }) => {
  test.setTimeout(120_000);
  const { alice, bob } = await inRoom(browser, ['李貼上', '周同步'], { language: 'javascript' });
  await expect.poll(() => editorText(alice.page)).not.toBe('');
  const starter = await editorText(alice.page);
  await expect.poll(() => editorText(bob.page)).toBe(starter);

  // Alice pastes far too much: the server refuses it, and her editor goes back to the shared code.
  await alice.page.evaluate(() => {
    const monaco = (window as unknown as { monaco: { editor: { getModels(): Array<{ setValue(text: string): void }> } } }).monaco;
    monaco.editor.getModels()[0]!.setValue('x'.repeat(100_001));
  });
  await expect(alice.page.getByTestId('room-edit-refused')).toContainText('程式碼最多 100,000 個字元');
  await expect.poll(() => editorText(alice.page)).toBe(starter);
  expect(await editorText(bob.page)).toBe(starter);

  // She types on: the notice goes, and Bob gets the edit.
  await typeAt(alice.page, 'start', '// ok\n');
  await expect(alice.page.getByTestId('room-edit-refused')).toHaveCount(0);
  await expect.poll(() => editorText(bob.page)).toBe(`// ok\n${starter}`);
  expect([...alice.violations, ...bob.violations]).toEqual([]);
});

test('the replay stays within the page at 1440 and 390 wide, with events after the interview’s end', async ({ browser }) => {
  test.setTimeout(120_000);
  const { alice, bob } = await inRoom(browser, ['吳重播', '鄭重播'], { language: 'javascript' });
  await alice.page.getByTestId('room-start').click();
  await expect(bob.page.getByTestId('room-status')).toHaveText('進行中');
  await typeAt(alice.page, 'start', '// replay me\n');
  await alice.page.getByTestId('chat-input').fill('開始');
  await alice.page.getByTestId('chat-send').click();
  await expect(bob.page.getByTestId('room-chat')).toContainText('開始');
  await alice.page.getByTestId('room-end').click();
  await alice.page.getByRole('alertdialog').getByRole('button', { name: '結束面試' }).click();
  await expect(alice.page.getByTestId('room-status')).toHaveText('已結束');
  // Events after the end: feedback, then both leave some seconds later.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  await alice.page.getByTestId('rating-5').check();
  await alice.page.getByTestId('feedback-send').click();
  await expect(alice.page.getByTestId('feedback-given')).toBeVisible();
  const replay = alice.page.url() + '/replay';
  await bob.page.close();
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    await alice.page.setViewportSize(viewport);
    await alice.page.goto(replay);
    await expect(alice.page.getByTestId('replay')).toBeVisible();
    const markers = alice.page.getByTestId('replay-markers').locator('span');
    await expect(markers.last()).toBeAttached();
    expect(await alice.page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(viewport.width);
  }
});

test('with no opportunities left, /live says so and will not queue as the interviewee; as the interviewer it will', async ({ browser }) => {
  const visitor = await signedIn(browser, '蔡零次');
  const spent = await fetch(`${base()}/api/v1/gamification/opportunities/consume`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${SYSTEM_TOKEN}` },
    body: JSON.stringify({ userId: visitor.userId, sessionId: `session_e2e_zero_${randomBytes(3).toString('hex')}` }),
  });
  expect(spent.status).toBe(200);
  const { page } = visitor;
  await page.goto(`${base()}/live`);
  await expect(page.getByTestId('lobby-opportunities')).toHaveText('0');
  await page.getByTestId('role-interviewee').check();
  await expect(page.getByTestId('lobby-no-opportunities')).toContainText('剩餘機會為 0');
  await expect(page.getByTestId('queue-join')).toBeDisabled();
  await page.getByTestId('role-interviewer').check();
  await expect(page.getByTestId('queue-join')).toBeEnabled();
  await page.getByTestId('queue-join').click();
  await expect(page.getByTestId('queue-waiting')).toBeVisible();
  await expect(page.locator('body')).not.toContainText(/[A-Z]+_[A-Z_]+/);
  await page.getByTestId('queue-cancel').click();
  await expect(page.getByTestId('lobby-form')).toBeVisible();
  expect(visitor.violations).toEqual([]);
});
