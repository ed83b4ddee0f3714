import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Browser } from '@playwright/test';
import { CHECKS, cspRecorder, inspect, listen, type Check, type Finding } from './walk/checks';
import { KNOWN_FAILURES, NOT_YET_WALKED } from './walk/known-failures';
import { ADMIN, DEMO, WALK_PAGES, appRoutes, createWalkData, newIp, type WalkData, type WalkPage } from './walk/pages';
import { signIn, type SessionCookie } from './walk/session';

// Every page, at two widths, signed out and in, in both languages and both themes: no sideways
// scroll, no console or page error, no CSP refusal, no serious axe violation, and no English
// words in the Chinese UI. Failures a branch is still fixing are listed in walk/known-failures.ts.
// WALK_REPORT=<dir> also writes each page's findings there as JSON (for the findings notes).

const SIZES = [
  { name: '1440', width: 1440, height: 900 },
  { name: '390', width: 390, height: 844 },
] as const;
const LOCALES = ['zh-TW', 'en'] as const;
const THEMES = ['light', 'dark'] as const;
const AUTH = ['signed-out', 'signed-in'] as const;

interface Walk {
  data: WalkData;
  sessions: Record<WalkPage['signedInAs'], SessionCookie>;
}

/**
 * The walk's data, made once per run: the first worker makes it (a room takes the demo users,
 * who can be in one live room at a time) and leaves it in a file the others read.
 */
async function sharedWalkData(url: string): Promise<WalkData> {
  // The runner is every worker's parent: one file per run and server.
  const file = path.join(os.tmpdir(), `codemeet-walk-${new URL(url).port}-${process.ppid}.json`);
  try {
    fs.mkdirSync(`${file}.lock`);
  } catch {
    for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 200)))
      if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as WalkData;
    throw new Error(`no walk data in ${file} after a minute`);
  }
  const data = await createWalkData(url);
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(data));
  fs.renameSync(`${file}.tmp`, file);
  return data;
}

/** One set of data per run and one session per account for each worker: the pages only read them. */
const test = base.extend<object, { walk: Walk }>({
  walk: [
    async ({}, use) => {
      const url = process.env.E2E_BASE_URL!;
      const [data, demo, admin] = await Promise.all([sharedWalkData(url), signIn(url, DEMO), signIn(url, ADMIN)]);
      await use({ data, sessions: { demo, admin } });
    },
    { scope: 'worker' },
  ],
});

test.describe.configure({ mode: 'parallel' });
// Hundreds of loads: a failure's own report says what failed, without a trace or screenshot of each.
test.use({ trace: 'off', screenshot: 'off' });

test('the walk covers every page of app/', () => {
  expect(WALK_PAGES.map((p) => p.route).sort()).toEqual(appRoutes());
  for (const known of [...KNOWN_FAILURES, ...NOT_YET_WALKED]) {
    expect(
      WALK_PAGES.map((p) => p.route),
      `known failure of an unknown page: ${known.route}`,
    ).toContain(known.route);
  }
  for (const known of KNOWN_FAILURES) expect(CHECKS, `known failure of an unknown check: ${known.check}`).toContain(known.check);
});

test('the site serves its icon (browsers ask every page for /favicon.ico)', async () => {
  // Known failure: there is no icon yet, so every first page load logs a 404. Remove this line when there is.
  test.fail();
  const res = await fetch(`${process.env.E2E_BASE_URL}/favicon.ico`);
  expect(res.status).toBe(200);
});

interface Combination {
  size: (typeof SIZES)[number];
  auth: (typeof AUTH)[number];
  locale: (typeof LOCALES)[number];
  theme: (typeof THEMES)[number];
}

const label = (c: Combination) => `${c.size.name} ${c.auth} ${c.locale} ${c.theme}`;

/** Walks one page in every combination; answers each combination's findings. */
async function walkPage(browser: Browser, walk: Walk, page: WalkPage): Promise<Array<{ combination: string; findings: Finding[] }>> {
  const url = process.env.E2E_BASE_URL!;
  const target = page.url(walk.data);
  const results: Array<{ combination: string; findings: Finding[] }> = [];
  for (const auth of AUTH)
    for (const locale of LOCALES)
      for (const theme of THEMES) {
        const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': newIp() }, viewport: SIZES[0] });
        const cookies: Array<{ name: string; value: string; url: string }> = [{ name: 'locale', value: locale, url }];
        if (auth === 'signed-in') cookies.push({ ...walk.sessions[page.signedInAs], url });
        await context.addCookies(cookies);
        await context.addInitScript((chosen) => localStorage.setItem('theme', chosen), theme);
        await context.addInitScript(cspRecorder);
        const tab = await context.newPage();
        const listener = listen(tab);
        for (const size of SIZES) {
          const combination = label({ size, auth, locale, theme });
          listener.reset();
          await tab.setViewportSize(size);
          const response = await tab.goto(`${url}${target}`, { waitUntil: 'load' });
          const wanted = new URL(`${url}${target}`).pathname;
          // A page may still send the browser elsewhere from the client (a signed-out visit): once
          // more after such a navigation, on the page it landed on.
          for (let attempt = 1; ; attempt++) {
            // Client components render and fetch after load; a live page (rooms) never goes idle.
            await tab.waitForLoadState('networkidle', { timeout: 3_000 }).catch(() => {});
            const landed = new URL(tab.url()).pathname;
            if (landed !== wanted) {
              // Signed out, a member's page sends the visitor to log in: /login is walked on its own.
              if (!(auth === 'signed-out' && landed === '/login'))
                results.push({ combination, findings: [{ check: 'status', detail: `redirected to ${landed}` }] });
              break;
            }
            try {
              const findings = await inspect(tab, { status: response?.status() ?? 0, locale, heard: listener.heard });
              results.push({ combination, findings });
              break;
            } catch (error) {
              if (attempt > 1 || !/context was destroyed|navigation/i.test(String(error))) throw error;
              await tab.waitForLoadState('load');
            }
          }
        }
        await context.close();
      }
  return results;
}

for (const page of WALK_PAGES) {
  test(`walk ${page.route}`, async ({ browser, walk }) => {
    const pending = NOT_YET_WALKED.find((p) => p.route === page.route);
    test.fixme(Boolean(pending), pending?.reason);
    test.setTimeout(600_000);
    const results = await walkPage(browser, walk, page);

    if (process.env.WALK_REPORT) {
      fs.mkdirSync(process.env.WALK_REPORT, { recursive: true });
      const file = path.join(process.env.WALK_REPORT, `${page.route.replace(/[^\w]+/g, '_') || 'home'}.json`);
      fs.writeFileSync(file, JSON.stringify({ route: page.route, url: page.url(walk.data), results }, null, 2));
    }

    const failing = new Set<Check>(results.flatMap((r) => r.findings.map((f) => f.check)));
    const known = KNOWN_FAILURES.filter((k) => k.route === page.route);
    const knownChecks = new Set(known.map((k) => k.check));
    // The same finding in several combinations is one line, with the combinations it shows in.
    const where = new Map<string, string[]>();
    for (const r of results)
      for (const f of r.findings.filter((f) => !knownChecks.has(f.check))) {
        const key = `${f.check} — ${f.detail}`;
        where.set(key, [...(where.get(key) ?? []), r.combination]);
      }
    const unexpected = [...where].map(
      ([finding, combinations]) =>
        `    ${finding}\n      in ${combinations.length === results.length ? 'every combination' : combinations.join(', ')}`,
    );
    const nowPassing = known
      .filter((k) => !failing.has(k.check))
      .map((k) => `    ${k.check} — no longer fails (${k.reason}): remove it from tests/e2e/walk/known-failures.ts`);
    const report = [
      `${page.route} (${page.url(walk.data)}): ${unexpected.length} unexpected finding(s), ${nowPassing.length} known failure(s) now passing`,
      ...(unexpected.length ? ['  unexpected:', ...unexpected] : []),
      ...(nowPassing.length ? ['  fixed:', ...nowPassing] : []),
    ].join('\n');
    expect(unexpected.length + nowPassing.length, report).toBe(0);
  });
}
