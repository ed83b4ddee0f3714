/**
 * Search tokens for PostgreSQL's `simple` text search, which has no Chinese parser: text is
 * segmented here, at write time and at query time alike, and stored as space-separated tokens.
 * Words of alphabetic scripts come from Intl.Segmenter; runs of Han (and other CJK) characters
 * are indexed as single characters and overlapping pairs, so a query word is found wherever it
 * occurs, however the segmenter would have split the sentence around it (the CJK bigram scheme
 * of Lucene's CJKAnalyzer). A query's CJK runs become pairs (or the character, when alone), all
 * of which must match.
 */
const CJK_RUNS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]+/gu;
const MAX_TOKEN_LENGTH = 64;

const segmenter = new Intl.Segmenter('zh-Hant', { granularity: 'word' });

/** Lower case, full-width folded to half-width (NFKC), so "ＲＥＡＣＴ" finds "react". */
export const foldText = (text: string) => text.normalize('NFKC').toLowerCase();

function cjkTokens(run: string, mode: 'index' | 'query'): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  const pairs = chars.slice(1).map((char, i) => chars[i]! + char);
  return mode === 'index' ? [...chars, ...pairs] : pairs;
}

/** The tokens of a text, for indexing it ('index') or for finding it ('query'). */
export function searchTokens(text: string, mode: 'index' | 'query'): string[] {
  const folded = foldText(text);
  // CJK runs are taken whole from the text: the segmenter would cut a run into words and lose the pairs across them.
  const tokens = (folded.match(CJK_RUNS) ?? []).flatMap((run) => cjkTokens(run, mode));
  for (const { segment, isWordLike } of segmenter.segment(folded.replace(CJK_RUNS, ' '))) {
    if (!isWordLike) continue;
    // Only letters and digits survive PostgreSQL's own parsing the same way on both sides.
    const word = segment.replace(/[^\p{L}\p{N}]+/gu, '');
    if (word) tokens.push(word.slice(0, MAX_TOKEN_LENGTH));
  }
  return tokens;
}

/** The stored form: tokens joined by spaces (the `simple` configuration splits on them). */
export const indexText = (...texts: string[]) => texts.flatMap((text) => searchTokens(text, 'index')).join(' ');

/** A query's tokens, deduplicated; empty when nothing in it can be searched for. */
export const queryText = (query: string) => [...new Set(searchTokens(query, 'query'))].join(' ');
