import { defineProblem, seededRandom } from './source';

/**
 * The oracle: `full[i][j]` says whether s[i:] matches p[j:] (the definition, read from the end).
 * A token followed by '*' either matches nothing or eats one character and stays.
 */
function matches(s: string, p: string): boolean {
  const full = Array.from({ length: s.length + 1 }, () => new Array<boolean>(p.length + 1).fill(false));
  full[s.length]![p.length] = true;
  for (let i = s.length; i >= 0; i--) {
    for (let j = p.length - 1; j >= 0; j--) {
      if (p[j] === '*') continue;
      const first = i < s.length && (p[j] === '.' || p[j] === s[i]);
      full[i]![j] = p[j + 1] === '*' ? full[i]![j + 2]! || (first && full[i + 1]![j]!) : first && full[i + 1]![j + 1]!;
    }
  }
  return full[0]![0]!;
}

export default defineProblem({
  slug: 'regular-expression-matching',
  title: { en: 'Regular Expression Matching', zh: '正規表示式匹配' },
  difficulty: 'Hard',
  category: 'dynamic-programming',
  tags: ['string', 'dynamic-programming', 'recursion'],
  statement: {
    en: 'Implement matching of a string `s` against a pattern `p` that supports two special characters:\n\n- `.` matches any single character;\n- `*` matches zero or more repetitions of the element just before it (a letter or `.`).\n\nThe pattern must match the **whole** string, not just part of it. Return `true` when `p` matches all of `s`, `false` otherwise.',
    zh: '請實作字串 `s` 與樣式 `p` 的匹配，樣式支援兩個特殊字元：\n\n- `.` 匹配任意一個字元；\n- `*` 匹配其前一個元素（字母或 `.`）零次或多次。\n\n樣式必須匹配**整個**字串，而不只是其中一部分。若 `p` 能匹配整個 `s` 就回傳 `true`，否則回傳 `false`。',
  },
  examples: [
    {
      input: 's = "aa", p = "a"',
      output: 'false',
      explanation: {
        en: 'The pattern "a" matches only the first character; the whole string "aa" is not covered.',
        zh: '樣式 "a" 只能匹配第一個字元，無法涵蓋整個字串 "aa"。',
      },
    },
    {
      input: 's = "aa", p = "a*"',
      output: 'true',
      explanation: {
        en: '"a*" repeats "a" as often as needed; repeating it twice gives "aa".',
        zh: '"a*" 可以讓 "a" 重複任意次；重複兩次就得到 "aa"。',
      },
    },
    {
      input: 's = "ab", p = ".*"',
      output: 'true',
      explanation: {
        en: '".*" means zero or more of any character, so it matches every string.',
        zh: '".*" 表示零個或多個任意字元，因此能匹配任何字串。',
      },
    },
  ],
  constraints: [
    '1 <= s.length <= 1000',
    '1 <= p.length <= 1000',
    's contains only lowercase English letters.',
    "p contains only lowercase English letters, '.' and '*'.",
    "Every '*' in p is preceded by a letter or '.'.",
  ],
  hints: [
    {
      en: 'Define match(i, j): does the suffix s[i:] match the suffix p[j:]? Whether p[j + 1] is "*" decides the cases.',
      zh: '定義 match(i, j)：後綴 s[i:] 是否匹配後綴 p[j:]？依 p[j + 1] 是否為 "*" 分情況討論。',
    },
    {
      en: 'With a "*", either skip the two pattern characters (zero repetitions), or, when s[i] matches p[j], consume s[i] and stay at j.',
      zh: '遇到 "*" 時，可以跳過這兩個樣式字元（重複零次）；或在 s[i] 與 p[j] 匹配時，消耗 s[i] 並停留在 j。',
    },
    {
      en: 'Plain backtracking is exponential on patterns like "a*a*a*…b"; remember each (i, j) answer for O(|s| · |p|) time.',
      zh: '單純回溯在 "a*a*a*…b" 這類樣式上是指數時間；記住每個 (i, j) 的答案即可達到 O(|s| · |p|)。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'isMatch',
      typescript: 'isMatch',
      python: 'is_match',
      java: 'isMatch',
      cpp: 'isMatch',
    },
    params: [
      { name: 's', type: 'string' },
      { name: 'p', type: 'string' },
    ],
    returns: 'boolean',
    compare: 'exact',
  },
  limits: { timeLimitMs: 3000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function isMatch(s, p) {\n  \n}\n',
    typescript: 'function isMatch(s: string, p: string): boolean {\n  \n}\n',
    python: 'class Solution:\n    def is_match(self, s: str, p: str) -> bool:\n        pass\n',
    java: 'class Solution {\n    public boolean isMatch(String s, String p) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    bool isMatch(string s, string p) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function isMatch(s, p) {
  const m = s.length;
  const n = p.length;
  // next[j]: does s[i + 1:] match p[j:]; row i is built from row i + 1.
  let next = new Array(n + 2).fill(false);
  for (let i = m; i >= 0; i--) {
    const row = new Array(n + 2).fill(false);
    row[n] = i === m;
    for (let j = n - 1; j >= 0; j--) {
      if (p[j] === '*') continue;
      const first = i < m && (p[j] === '.' || p[j] === s[i]);
      if (p[j + 1] === '*') row[j] = row[j + 2] || (first && next[j]);
      else row[j] = first && next[j + 1];
    }
    next = row;
  }
  return next[0];
}
`,
    typescript: `function isMatch(s: string, p: string): boolean {
  const m = s.length;
  const n = p.length;
  // next[j]: does s[i + 1:] match p[j:]; row i is built from row i + 1.
  let next: boolean[] = new Array(n + 2).fill(false);
  for (let i = m; i >= 0; i--) {
    const row: boolean[] = new Array(n + 2).fill(false);
    row[n] = i === m;
    for (let j = n - 1; j >= 0; j--) {
      if (p[j] === '*') continue;
      const first = i < m && (p[j] === '.' || p[j] === s[i]);
      if (p[j + 1] === '*') row[j] = row[j + 2] || (first && next[j]);
      else row[j] = first && next[j + 1];
    }
    next = row;
  }
  return next[0];
}
`,
    python: `class Solution:
    def is_match(self, s: str, p: str) -> bool:
        m, n = len(s), len(p)
        # nxt[j]: does s[i + 1:] match p[j:]; row i is built from row i + 1.
        nxt = [False] * (n + 2)
        for i in range(m, -1, -1):
            row = [False] * (n + 2)
            row[n] = i == m
            for j in range(n - 1, -1, -1):
                if p[j] == "*":
                    continue
                first = i < m and (p[j] == "." or p[j] == s[i])
                if j + 1 < n and p[j + 1] == "*":
                    row[j] = row[j + 2] or (first and nxt[j])
                else:
                    row[j] = first and nxt[j + 1]
            nxt = row
        return nxt[0]
`,
    java: `class Solution {
    public boolean isMatch(String s, String p) {
        int m = s.length(), n = p.length();
        // match[i][j]: does s.substring(i) match p.substring(j)?
        boolean[][] match = new boolean[m + 1][n + 2];
        match[m][n] = true;
        for (int i = m; i >= 0; i--) {
            for (int j = n - 1; j >= 0; j--) {
                char token = p.charAt(j);
                if (token == '*') continue;
                boolean first = i < m && (token == '.' || token == s.charAt(i));
                if (j + 1 < n && p.charAt(j + 1) == '*') {
                    match[i][j] = match[i][j + 2] || (first && match[i + 1][j]);
                } else {
                    match[i][j] = first && match[i + 1][j + 1];
                }
            }
        }
        return match[0][0];
    }
}
`,
    cpp: `class Solution {
public:
    bool isMatch(string s, string p) {
        int m = s.size(), n = p.size();
        // match[i][j]: does s.substr(i) match p.substr(j)?
        vector<vector<char>> match(m + 1, vector<char>(n + 2, false));
        match[m][n] = true;
        for (int i = m; i >= 0; i--) {
            for (int j = n - 1; j >= 0; j--) {
                if (p[j] == '*') continue;
                bool first = i < m && (p[j] == '.' || p[j] == s[i]);
                if (j + 1 < n && p[j + 1] == '*') {
                    match[i][j] = match[i][j + 2] || (first && match[i + 1][j]);
                } else {
                    match[i][j] = first && match[i + 1][j + 1];
                }
            }
        }
        return match[0][0];
    }
};
`,
  },
  visible: [
    { args: ['aa', 'a'], expected: false },
    { args: ['aa', 'a*'], expected: true },
    { args: ['ab', '.*'], expected: true },
  ],
  hidden: [
    ['a', 'a'],
    ['a', 'b'],
    ['a', '.'],
    ['a', 'ab*'],
    ['a', 'b*a'],
    ['aab', 'c*a*b'],
    ['mississippi', 'mis*is*p*.'],
    ['mississippi', 'mis*is*ip*.'],
    ['ab', '.*c'],
    ['aaa', 'a*a'],
    ['aaa', 'ab*a*c*a'],
    ['abcd', 'd*'],
    ['bbbba', '.*a*a'],
    ['aaaaaaaaaaaaab', 'a*a*a*a*a*a*a*a*a*a*c'],
    ['zyxwvutsrqponmlkjihgfedcba', '.*z.*'],
    ['abcabcabc', '.*c.*c.*c'],
    // Backtracking without memory tries every split of the a's among the pieces.
    ['a'.repeat(60), `${'a*'.repeat(30)}b`],
    ['a'.repeat(60), `${'.*a*'.repeat(20)}a`],
  ].map(([s, p]) => ({ args: [s, p], expected: matches(s!, p!) })),
  largest: () => {
    // A pattern of ~1000 characters written along a string of ~1000 (so it matches), mixing literals,
    // '.', runs "x*", ".*" and pieces that match nothing ("c*"): every (i, j) pair is reachable.
    const random = seededRandom(10);
    let s = '';
    let p = '';
    while (s.length < 990 && p.length < 996) {
      const letter = random.next() < 0.7 ? 'a' : 'b';
      const kind = random.next();
      if (kind < 0.3) {
        s += letter;
        p += letter;
      } else if (kind < 0.45) {
        s += letter;
        p += '.';
      } else if (kind < 0.8) {
        s += letter.repeat(random.int(0, 5));
        p += `${letter}*`;
      } else if (kind < 0.9) {
        for (let k = random.int(0, 4); k > 0; k--) s += random.next() < 0.7 ? 'a' : 'b';
        p += '.*';
      } else {
        p += 'c*';
      }
    }
    return { args: [s, p], expected: matches(s, p) };
  },
});
