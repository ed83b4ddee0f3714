/**
 * The README's screenshots: npm run screenshots (after `npm run build`).
 *
 * Starts the built app on a throwaway embedded database with its demo data, signs the demo users
 * in and writes docs/screenshots/{home,practice,room,interview}-{1440,390}.png in Traditional
 * Chinese and the light theme: the home page, a practice problem's workspace, a live room two
 * people were matched into (both connected), and an AI interview's question screen.
 * SCREENSHOTS_BASE_URL=<url> shoots a server already running with the demo data instead.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { ROOT, SYSTEM_TOKEN, startApp } from '../tests/harness/processes';
import { DEMO, DEMO_PEER, newIp } from '../tests/e2e/walk/pages';
import { signIn } from '../tests/e2e/walk/session';

const require = createRequire(import.meta.url);
const OUT = path.join(ROOT, 'docs', 'screenshots');
const SIZES = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
] as const;

/**
 * A fontconfig that adds the project's own Noto Sans TC (the résumé PDF's font, an npm package) to
 * the system's fonts, so Chinese renders in the pictures on a machine without a CJK font.
 */
function fontconfigWithNotoSansTc(): string {
  const dir = path.dirname(path.dirname(require.resolve('@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf')));
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'codemeet-fonts-')), 'fonts.conf');
  fs.writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <dir>${dir}</dir>\n</fontconfig>\n`,
  );
  return file;
}

async function signedInContext(browser: Browser, base: string, who: { email: string; password: string }): Promise<BrowserContext> {
  const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': newIp() }, viewport: SIZES[0] });
  const session = await signIn(base, who);
  await context.addCookies([
    { name: 'locale', value: 'zh-TW', url: base },
    { ...session, url: base },
  ]);
  await context.addInitScript(() => localStorage.setItem('theme', 'light'));
  return context;
}

/** Shoots what the window shows (the workspaces fill it) once the fonts are in. */
async function shoot(page: Page, name: string, width: number) {
  await page.evaluate(() => document.fonts.ready);
  // From the top of the page: the editor taking focus may have scrolled it.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  const file = path.join(OUT, `${name}-${width}.png`);
  await page.screenshot({ path: file });
  console.log(`wrote ${path.relative(ROOT, file)}`);
}

async function post<T>(base: string, route: string, headers: Record<string, string>, body: unknown): Promise<T> {
  const res = await fetch(`${base}${route}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': newIp(), ...headers },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST ${route}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const running = process.env.SCREENSHOTS_BASE_URL;
  const app = running ? { baseUrl: running, stop: async () => {} } : await startApp();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    env: { ...process.env, FONTCONFIG_FILE: fontconfigWithNotoSansTc() },
  });
  try {
    const base = app.baseUrl;
    const demo = await signedInContext(browser, base, DEMO);
    const page = await demo.newPage();
    const { accessToken } = await post<{ accessToken: string }>(
      base,
      '/api/v1/auth/login',
      {},
      { email: DEMO.email, password: DEMO.password },
    );
    const { interview_id: interviewId } = await post<{ interview_id: number }>(
      base,
      '/api/interviews',
      { token: accessToken },
      { position: '前端工程師', description: '開發電商網站的前端，重視效能與無障礙。', question_count: 3, seconds_per_answer: 90 },
    );

    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.goto(`${base}/`);
      await shoot(page, 'home', size.width);

      await page.goto(`${base}/practice/two-sum`);
      await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 30_000 });
      await shoot(page, 'practice', size.width);

      await page.goto(`${base}/interview/${interviewId}`);
      await page.getByTestId('begin-answer').waitFor({ timeout: 15_000 });
      await shoot(page, 'interview', size.width);
    }

    // A live room: two people the system matched, both with the room open and connected.
    const peer = await signedInContext(browser, base, DEMO_PEER);
    const peerPage = await peer.newPage();
    const { roomId } = await post<{ roomId: string }>(
      base,
      '/api/v1/rooms',
      { Authorization: `Bearer ${SYSTEM_TOKEN}` },
      { participants: [DEMO.userId, DEMO_PEER.userId] },
    );
    for (const p of [page, peerPage]) {
      await p.goto(`${base}/rooms/${roomId}`);
      await p.getByTestId('room-connection').filter({ hasText: '已連線' }).waitFor({ timeout: 30_000 });
    }
    for (const size of SIZES) {
      await page.setViewportSize(size);
      // On a phone the room's panes are tabs: show the editor's.
      const codeTab = page.getByRole('tab', { name: '程式碼' });
      if (await codeTab.isVisible()) await codeTab.click();
      await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 30_000 });
      await shoot(page, 'room', size.width);
    }
  } finally {
    await browser.close();
    await app.stop();
  }
}

await main();
