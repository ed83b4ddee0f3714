import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** What the walk checks on every page; a known failure names one of these. */
export const CHECKS = ['status', 'horizontal-scroll', 'console-error', 'page-error', 'csp', 'axe', 'latin-in-zh'] as const;
export type Check = (typeof CHECKS)[number];

export interface Finding {
  check: Check;
  /** One line a person can act on: the rule and its elements, the words, the widest element. */
  detail: string;
}

/**
 * Latin-script words a zh-TW page may show: language and product names, and acronyms Taiwanese
 * engineers write in Latin letters. Compared case-insensitively.
 */
export const LATIN_ALLOWED = new Set(
  [
    // Programming languages and runtimes.
    'JavaScript',
    'TypeScript',
    'Python',
    'Python3',
    'C',
    'C++',
    'C#',
    'Java',
    'Go',
    'Golang',
    'Rust',
    'Kotlin',
    'Swift',
    'Ruby',
    'PHP',
    'SQL',
    'Node.js',
    'React',
    // Products and companies.
    'CodeMeet',
    'LeetCode',
    'GitHub',
    'Google',
    'Meta',
    'OpenAI',
    'Markdown',
    // The language switcher names the other language in its own words.
    'English',
    // Acronyms written in Latin letters in Chinese text.
    'AI',
    'API',
    'HTTP',
    'JSON',
    'URL',
    'PDF',
    'CSV',
    'ID',
    'OK',
    'Email',
    'KB',
    'MB',
    'HR',
    'CRM',
    'SEO',
    'GA4',
    'STAR',
    'O',
  ].map((word) => word.toLowerCase()),
);

/** The page's own text elements outside code, the editor and what is marked translate="no". */
const EXCLUDED_TEXT = 'code, pre, kbd, samp, .monaco-editor, [translate="no"], script, style, noscript, template';

/** Ran in the browser before any page script: CSP refusals reported by the document. */
export function cspRecorder() {
  const w = window as unknown as { __walkCsp?: string[] };
  w.__walkCsp = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    w.__walkCsp!.push(
      `${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}${event.sourceFile ? ` at ${event.sourceFile}` : ''}`,
    );
  });
}

/** Listens to a page for console errors, page errors and CSP messages; read the lists after a load. */
export function listen(page: Page) {
  const heard = { consoleErrors: [] as string[], pageErrors: [] as string[], cspMessages: [] as string[] };
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy|Refused to (execute|load|apply|connect|frame)/i.test(text)) heard.cspMessages.push(text);
    else if (message.type() === 'error') {
      const where = message.location().url;
      // The browser asks for the icon once per run, on whichever page comes first: the walk
      // checks it once, in its own test, instead of on a page that happened to be first.
      if (/\/favicon\.ico$/.test(where)) return;
      heard.consoleErrors.push(`${text.slice(0, 300)}${where ? ` (${where.replace(/^https?:\/\/[^/]+/, '')})` : ''}`);
    }
  });
  page.on('pageerror', (error) => heard.pageErrors.push(`${error.name}: ${error.message.slice(0, 300)}`));
  return {
    heard,
    reset() {
      heard.consoleErrors.length = 0;
      heard.pageErrors.length = 0;
      heard.cspMessages.length = 0;
    },
  };
}

/** The page is wider than the window: the widest element that pokes out, as a short selector. */
async function horizontalScroll(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const scrollWidth = document.scrollingElement?.scrollWidth ?? 0;
    if (scrollWidth <= width) return null;
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : '';
      const testId = el.getAttribute('data-testid') ? `[data-testid="${el.getAttribute('data-testid')}"]` : '';
      const classes = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 4).join('.')}` : '';
      return `${el.tagName.toLowerCase()}${id}${testId}${classes}`;
    };
    let widest: Element | null = null;
    let widestRight = width;
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const right = rect.right + window.scrollX;
      // The deepest element reaching furthest: a later (descendant) element wins a tie.
      if (right >= widestRight && right > width) {
        widest = el;
        widestRight = right;
      }
    }
    const path = widest ? `${widest.parentElement ? `${describe(widest.parentElement)} > ` : ''}${describe(widest)}` : 'unknown';
    return `scrollWidth ${scrollWidth} > ${width}; widest: ${path} (right edge ${Math.round(widestRight)}px)`;
  });
}

/** Latin-script words in the visible text, outside code, the editor and translate="no". */
async function latinWords(page: Page): Promise<string[]> {
  const texts = await page.evaluate((excluded) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.nodeValue?.trim();
      if (!parent || !text) continue;
      if (parent.closest(excluded)) continue;
      if (!parent.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      if (parent.closest('[aria-hidden="true"]') || parent.closest('.sr-only')) continue;
      out.push(text);
    }
    // What a visitor reads in a form: placeholders and the values of buttons.
    for (const el of Array.from(document.querySelectorAll<HTMLInputElement>('input[placeholder], textarea[placeholder]'))) {
      if (!el.closest(excluded) && el.checkVisibility()) out.push(el.placeholder);
    }
    return out;
  }, EXCLUDED_TEXT);
  const words = new Set<string>();
  for (const raw of texts) {
    const text = raw
      .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, ' ') // e-mail addresses
      .replace(/\bhttps?:\/\/\S+/g, ' ') // addresses
      .replace(/\bO\([^)]*\)/g, ' '); // big-O
    for (const match of text.matchAll(/[A-Za-z][A-Za-z0-9+#]*(?:\.[A-Za-z]+)?/g)) {
      const word = match[0];
      if (word.length === 1) continue;
      if (!LATIN_ALLOWED.has(word.toLowerCase())) words.add(word);
    }
  }
  return [...words];
}

/** Runs every check on the loaded page; `status` is the main document's HTTP status. */
export async function inspect(
  page: Page,
  options: { status: number; locale: 'zh-TW' | 'en'; heard: ReturnType<typeof listen>['heard'] },
): Promise<Finding[]> {
  const findings: Finding[] = [];
  if (options.status >= 400) findings.push({ check: 'status', detail: `HTTP ${options.status}` });

  const scroll = await horizontalScroll(page);
  if (scroll) findings.push({ check: 'horizontal-scroll', detail: scroll });

  const axe = await new AxeBuilder({ page }).analyze();
  for (const violation of axe.violations) {
    if (violation.impact !== 'serious' && violation.impact !== 'critical') continue;
    const targets = violation.nodes
      .slice(0, 5)
      .map((node) => node.target.join(' '))
      .join(' | ');
    const more = violation.nodes.length > 5 ? ` (+${violation.nodes.length - 5} more)` : '';
    findings.push({ check: 'axe', detail: `${violation.id} [${violation.impact}]: ${targets}${more}` });
  }

  if (options.locale === 'zh-TW') {
    const words = await latinWords(page);
    if (words.length > 0)
      findings.push({
        check: 'latin-in-zh',
        detail: words.slice(0, 40).join(', ') + (words.length > 40 ? ` (+${words.length - 40})` : ''),
      });
  }

  const csp = await page.evaluate(() => (window as unknown as { __walkCsp?: string[] }).__walkCsp ?? []);
  for (const v of [...new Set([...csp, ...options.heard.cspMessages])]) findings.push({ check: 'csp', detail: v.slice(0, 300) });
  for (const e of [...new Set(options.heard.consoleErrors)]) findings.push({ check: 'console-error', detail: e });
  for (const e of [...new Set(options.heard.pageErrors)]) findings.push({ check: 'page-error', detail: e });
  return findings;
}
