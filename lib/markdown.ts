import 'server-only';
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

// GitHub-flavoured Markdown with single newlines kept as line breaks, as people write in a forum.
const markdown = new Marked({ gfm: true, breaks: true, async: false });

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'strong',
    'em',
    'del',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'input',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    code: ['class'],
    th: ['align'],
    td: ['align'],
    input: ['type', 'checked', 'disabled'],
  },
  allowedClasses: { code: [/^language-[\w-]+$/] },
  // No javascript:, data: or relative schemes a browser might run; mailto for contact links.
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  // Task-list checkboxes only, and never interactive.
  exclusiveFilter: (frame) => frame.tag === 'input' && frame.attribs.type !== 'checkbox',
  transformTags: {
    // A user's link leaves the site without lending it any standing or any access to it.
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'nofollow noopener noreferrer ugc', target: '_blank' } }),
    input: (tagName, attribs) => ({ tagName, attribs: { ...attribs, disabled: '' } }),
  },
};

/** Markdown a user wrote, as HTML safe to put in a page: no scripts, no event handlers, no javascript: links. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.parse(source) as string, ALLOWED);
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
/** sanitize-html escapes the text it keeps; an excerpt is shown as text, so it is unescaped once. */
const decodeEntities = (html: string) => html.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);

/** The text of some Markdown, without markup, cut to `length` characters (list excerpts). */
export function markdownExcerpt(source: string, length = 160): string {
  const text = decodeEntities(sanitizeHtml(markdown.parse(source) as string, { allowedTags: [], allowedAttributes: {} }))
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(text);
  return chars.length > length ? `${chars.slice(0, length).join('')}…` : text;
}
