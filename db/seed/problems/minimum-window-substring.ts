import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'minimum-window-substring',
  title: { en: 'Minimum Window Substring', zh: '最小覆蓋子字串' },
  difficulty: 'Hard',
  category: 'string',
  tags: ['string', 'sliding-window', 'hash-table'],
  statement: {
    en: 'Given two strings `s` and `t`, return the shortest substring of `s` that contains every character of `t`, counting repeats: a character that appears twice in `t` must appear at least twice in the substring.\n\nIf several substrings have that shortest length, return the one that starts first (the leftmost). If no substring qualifies, return the empty string `""`. Uppercase and lowercase letters are different characters.',
    zh: '給定兩個字串 `s` 和 `t`，回傳 `s` 中包含 `t` 所有字元的最短子字串，重複的字元也要計算：在 `t` 中出現兩次的字元，在子字串中也至少要出現兩次。\n\n如果有多個子字串長度同樣最短，回傳起始位置最前面（最左邊）的那一個。如果沒有任何子字串符合條件，回傳空字串 `""`。大寫與小寫字母視為不同的字元。',
  },
  examples: [
    {
      input: 's = "ADOBECODEBANC", t = "ABC"',
      output: '"BANC"',
      explanation: {
        en: '"BANC" is the shortest substring holding A, B and C.',
        zh: '"BANC" 是包含 A、B、C 的最短子字串。',
      },
    },
    { input: 's = "a", t = "a"', output: '"a"' },
    {
      input: 's = "a", t = "aa"',
      output: '""',
      explanation: { en: 't needs two a, but s has only one.', zh: 't 需要兩個 a，但 s 只有一個。' },
    },
  ],
  constraints: ['1 <= s.length, t.length <= 10^5', '`s` and `t` consist of uppercase and lowercase English letters.'],
  hints: [
    {
      en: 'Grow a window to the right until it covers t, then shrink it from the left while it still does.',
      zh: '先把視窗往右擴張直到涵蓋 t，再在仍然涵蓋 t 的前提下從左邊縮小。',
    },
    {
      en: 'Count how many characters of t the window still misses, so checking coverage is O(1).',
      zh: '記錄視窗還缺少多少個 t 的字元，這樣檢查是否涵蓋只需要 O(1)。',
    },
    {
      en: 'Replace the best window only by a strictly shorter one, and you keep the leftmost among the shortest.',
      zh: '只有遇到嚴格更短的視窗才更新答案，就能保留最短視窗中最左邊的那一個。',
    },
  ],
  spec: {
    functionName: { javascript: 'minWindow', typescript: 'minWindow', python: 'min_window', java: 'minWindow', cpp: 'minWindow' },
    params: [
      { name: 's', type: 'string' },
      { name: 't', type: 'string' },
    ],
    returns: 'string',
    compare: 'exact',
  },
  limits: { timeLimitMs: 2000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function minWindow(s, t) {\n  \n}\n',
    typescript: 'function minWindow(s: string, t: string): string {\n  \n}\n',
    python: 'class Solution:\n    def min_window(self, s: str, t: str) -> str:\n        pass\n',
    java: 'class Solution {\n    public String minWindow(String s, String t) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    string minWindow(string s, string t) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function minWindow(s, t) {
  const need = new Map();
  for (const c of t) need.set(c, (need.get(c) ?? 0) + 1);
  let missing = t.length;
  let bestStart = 0;
  let bestLength = Infinity;
  let left = 0;
  for (let right = 0; right < s.length; right++) {
    const c = s[right];
    if (need.has(c)) {
      if (need.get(c) > 0) missing--;
      need.set(c, need.get(c) - 1);
    }
    while (missing === 0) {
      if (right - left + 1 < bestLength) {
        bestStart = left;
        bestLength = right - left + 1;
      }
      const d = s[left++];
      if (need.has(d)) {
        need.set(d, need.get(d) + 1);
        if (need.get(d) > 0) missing++;
      }
    }
  }
  return bestLength === Infinity ? '' : s.slice(bestStart, bestStart + bestLength);
}
`,
    typescript: `function minWindow(s: string, t: string): string {
  // need[c]: how many more c the window needs (negative when it has extra).
  const need = new Map<string, number>();
  for (const c of t) need.set(c, (need.get(c) ?? 0) + 1);
  let missing = t.length;
  let bestStart = 0;
  let bestLength = Infinity;
  let left = 0;
  for (let right = 0; right < s.length; right++) {
    const c = s[right];
    const cNeed = need.get(c);
    if (cNeed !== undefined) {
      if (cNeed > 0) missing--;
      need.set(c, cNeed - 1);
    }
    while (missing === 0) {
      if (right - left + 1 < bestLength) {
        bestStart = left;
        bestLength = right - left + 1;
      }
      const d = s[left++];
      const dNeed = need.get(d);
      if (dNeed !== undefined) {
        need.set(d, dNeed + 1);
        if (dNeed + 1 > 0) missing++;
      }
    }
  }
  return bestLength === Infinity ? '' : s.slice(bestStart, bestStart + bestLength);
}
`,
    python: `class Solution:
    def min_window(self, s: str, t: str) -> str:
        need = collections.Counter(t)  # how many more of each character the window needs
        missing = len(t)
        best_start, best_length = 0, float('inf')
        left = 0
        for right, c in enumerate(s):
            if need[c] > 0:
                missing -= 1
            need[c] -= 1
            while missing == 0:
                if right - left + 1 < best_length:
                    best_start, best_length = left, right - left + 1
                d = s[left]
                need[d] += 1
                if need[d] > 0:
                    missing += 1
                left += 1
        return '' if best_length == float('inf') else s[best_start:best_start + best_length]
`,
    java: `class Solution {
    public String minWindow(String s, String t) {
        int[] need = new int[128]; // how many more of each character the window needs
        for (int i = 0; i < t.length(); i++) need[t.charAt(i)]++;
        int missing = t.length();
        int bestStart = 0, bestLength = Integer.MAX_VALUE;
        int left = 0;
        for (int right = 0; right < s.length(); right++) {
            if (need[s.charAt(right)]-- > 0) missing--;
            while (missing == 0) {
                if (right - left + 1 < bestLength) {
                    bestStart = left;
                    bestLength = right - left + 1;
                }
                if (++need[s.charAt(left++)] > 0) missing++;
            }
        }
        return bestLength == Integer.MAX_VALUE ? "" : s.substring(bestStart, bestStart + bestLength);
    }
}
`,
    cpp: `class Solution {
public:
    string minWindow(string s, string t) {
        vector<int> need(128, 0); // how many more of each character the window needs
        for (char c : t) need[c]++;
        int missing = t.size();
        int bestStart = 0, bestLength = INT_MAX;
        int left = 0;
        for (int right = 0; right < (int)s.size(); right++) {
            if (need[s[right]]-- > 0) missing--;
            while (missing == 0) {
                if (right - left + 1 < bestLength) {
                    bestStart = left;
                    bestLength = right - left + 1;
                }
                if (++need[s[left++]] > 0) missing++;
            }
        }
        return bestLength == INT_MAX ? "" : s.substr(bestStart, bestLength);
    }
};
`,
  },
  visible: [
    { args: ['ADOBECODEBANC', 'ABC'], expected: 'BANC' },
    { args: ['a', 'a'], expected: 'a' },
    { args: ['a', 'aa'], expected: '' },
  ],
  hidden: [
    { args: ['a', 'b'], expected: '' },
    { args: ['ab', 'b'], expected: 'b' },
    { args: ['ab', 'A'], expected: '' },
    { args: ['bba', 'ab'], expected: 'ba' },
    { args: ['abab', 'ab'], expected: 'ab' },
    { args: ['baab', 'ab'], expected: 'ba' },
    { args: ['aaflslflsldkalskaaa', 'aaa'], expected: 'aaa' },
    { args: ['cabwefgewcwaefgcf', 'cae'], expected: 'cwae' },
    { args: ['aAbBcC', 'abc'], expected: 'aAbBc' },
    { args: ['xyz', 'xyzxyz'], expected: '' },
    { args: ['ADOBECODEBANC', 'ADOBECODEBANC'], expected: 'ADOBECODEBANC' },
    { args: ['a'.repeat(100_000), 'a'.repeat(100_000)], expected: 'a'.repeat(100_000) },
    { args: ['a'.repeat(99_999) + 'b', 'ab'], expected: 'ab' },
  ],
  largest: () => {
    // s: 10^5 letters, mostly lowercase with rare uppercase; t: 20 lowercase and 8 uppercase
    // letters. Oracle, independent of the sliding window: binary search on the window length,
    // testing each length with a fixed-size window (a longer window covers whenever a shorter does).
    const random = seededRandom(17);
    const lower = 'abcdefghijklmnopqrstuvwxyz';
    const upper = lower.toUpperCase();
    const s = Array.from({ length: 100_000 }, () => (random.next() < 0.97 ? lower[random.int(0, 25)]! : upper[random.int(0, 25)]!)).join(
      '',
    );
    const t =
      Array.from({ length: 20 }, () => lower[random.int(0, 25)]!).join('') +
      Array.from({ length: 8 }, () => upper[random.int(0, 25)]!).join('');
    const firstCoveringStart = (length: number): number => {
      const short = new Map<string, number>();
      for (const c of t) short.set(c, (short.get(c) ?? 0) + 1);
      let missing = t.length;
      const add = (c: string, delta: number) => {
        const before = short.get(c);
        if (before === undefined) return;
        short.set(c, before - delta);
        if (delta > 0 && before > 0) missing--;
        if (delta < 0 && before >= 0) missing++;
      };
      for (let i = 0; i < s.length; i++) {
        add(s[i]!, 1);
        if (i >= length) add(s[i - length]!, -1);
        if (i >= length - 1 && missing === 0) return i - length + 1;
      }
      return -1;
    };
    if (firstCoveringStart(s.length) === -1) return { args: [s, t], expected: '' };
    let lo = t.length;
    let hi = s.length;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (firstCoveringStart(mid) === -1) lo = mid + 1;
      else hi = mid;
    }
    const start = firstCoveringStart(lo);
    return { args: [s, t], expected: s.slice(start, start + lo) };
  },
});
