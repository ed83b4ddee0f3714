import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'word-break',
  title: { en: 'Word Break', zh: '單字拆分' },
  difficulty: 'Medium',
  category: 'dynamic-programming',
  tags: ['string', 'hash-table', 'dynamic-programming'],
  statement: {
    en: 'Given a string `s` and a dictionary of strings `wordDict`, return `true` if `s` can be cut into a sequence of one or more dictionary words with nothing left over, and `false` otherwise.\n\nA dictionary word may be used any number of times.',
    zh: '給定字串 `s` 與字串字典 `wordDict`，如果 `s` 能切成一個或多個字典中的單字、且沒有剩下任何字元，回傳 `true`，否則回傳 `false`。\n\n字典中的單字可以重複使用。',
  },
  examples: [
    {
      input: 's = "leetcode", wordDict = ["leet","code"]',
      output: 'true',
      explanation: { en: '"leetcode" is "leet" followed by "code".', zh: '"leetcode" 可以切成 "leet" 與 "code"。' },
    },
    {
      input: 's = "applepenapple", wordDict = ["apple","pen"]',
      output: 'true',
      explanation: { en: '"apple" + "pen" + "apple": "apple" is used twice.', zh: '"apple" + "pen" + "apple"，其中 "apple" 用了兩次。' },
    },
    { input: 's = "catsandog", wordDict = ["cats","dog","sand","and","cat"]', output: 'false' },
  ],
  constraints: [
    '1 <= s.length <= 300',
    '1 <= wordDict.length <= 1000',
    '1 <= wordDict[i].length <= 20',
    's and wordDict[i] consist of lowercase English letters only.',
    'All the strings of wordDict are distinct.',
  ],
  hints: [
    {
      en: 'Let canBreak[i] say whether the first i characters can be cut into words.',
      zh: '令 canBreak[i] 表示前 i 個字元能否切成字典中的單字。',
    },
    {
      en: 'canBreak[i] is true when some word ends at i and canBreak[i - word length] is true. A hash set looks up words fast.',
      zh: '若有某個單字結束在位置 i，且 canBreak[i - 單字長度] 為真，則 canBreak[i] 為真。用雜湊集合可以快速查詢單字。',
    },
  ],
  spec: {
    functionName: { javascript: 'wordBreak', typescript: 'wordBreak', python: 'word_break', java: 'wordBreak', cpp: 'wordBreak' },
    params: [
      { name: 's', type: 'string' },
      { name: 'wordDict', type: 'string[]' },
    ],
    returns: 'boolean',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function wordBreak(s, wordDict) {\n  \n}\n',
    typescript: 'function wordBreak(s: string, wordDict: string[]): boolean {\n  \n}\n',
    python: 'class Solution:\n    def word_break(self, s: str, word_dict: List[str]) -> bool:\n        pass\n',
    java: 'class Solution {\n    public boolean wordBreak(String s, String[] wordDict) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    bool wordBreak(string s, vector<string>& wordDict) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function wordBreak(s, wordDict) {
  const words = new Set(wordDict);
  const longest = Math.max(...wordDict.map((w) => w.length));
  // canBreak[i]: the first i characters can be cut into words.
  const canBreak = new Array(s.length + 1).fill(false);
  canBreak[0] = true;
  for (let i = 1; i <= s.length; i++) {
    for (let len = 1; len <= Math.min(longest, i) && !canBreak[i]; len++) {
      canBreak[i] = canBreak[i - len] && words.has(s.slice(i - len, i));
    }
  }
  return canBreak[s.length];
}
`,
    typescript: `function wordBreak(s: string, wordDict: string[]): boolean {
  const words = new Set(wordDict);
  const longest = Math.max(...wordDict.map((w) => w.length));
  // canBreak[i]: the first i characters can be cut into words.
  const canBreak: boolean[] = new Array(s.length + 1).fill(false);
  canBreak[0] = true;
  for (let i = 1; i <= s.length; i++) {
    for (let len = 1; len <= Math.min(longest, i) && !canBreak[i]; len++) {
      canBreak[i] = canBreak[i - len] && words.has(s.slice(i - len, i));
    }
  }
  return canBreak[s.length];
}
`,
    python: `class Solution:
    def word_break(self, s: str, word_dict: List[str]) -> bool:
        words = set(word_dict)
        longest = max(map(len, word_dict))
        # can_break[i]: the first i characters can be cut into words.
        can_break = [True] + [False] * len(s)
        for i in range(1, len(s) + 1):
            can_break[i] = any(
                can_break[i - size] and s[i - size:i] in words for size in range(1, min(longest, i) + 1)
            )
        return can_break[-1]
`,
    java: `class Solution {
    public boolean wordBreak(String s, String[] wordDict) {
        Set<String> words = new HashSet<>(Arrays.asList(wordDict));
        int longest = 0;
        for (String w : wordDict) longest = Math.max(longest, w.length());
        // canBreak[i]: the first i characters can be cut into words.
        boolean[] canBreak = new boolean[s.length() + 1];
        canBreak[0] = true;
        for (int i = 1; i <= s.length(); i++) {
            for (int len = 1; len <= Math.min(longest, i) && !canBreak[i]; len++) {
                canBreak[i] = canBreak[i - len] && words.contains(s.substring(i - len, i));
            }
        }
        return canBreak[s.length()];
    }
}
`,
    cpp: `class Solution {
public:
    bool wordBreak(string s, vector<string>& wordDict) {
        unordered_set<string> words(wordDict.begin(), wordDict.end());
        int longest = 0;
        for (const string& w : wordDict) longest = max(longest, (int)w.size());
        int n = s.size();
        // canBreak[i]: the first i characters can be cut into words.
        vector<bool> canBreak(n + 1, false);
        canBreak[0] = true;
        for (int i = 1; i <= n; i++) {
            for (int len = 1; len <= min(longest, i) && !canBreak[i]; len++) {
                canBreak[i] = canBreak[i - len] && words.count(s.substr(i - len, len));
            }
        }
        return canBreak[n];
    }
};
`,
  },
  visible: [
    { args: ['leetcode', ['leet', 'code']], expected: true },
    { args: ['applepenapple', ['apple', 'pen']], expected: true },
    { args: ['catsandog', ['cats', 'dog', 'sand', 'and', 'cat']], expected: false },
  ],
  hidden: [
    { args: ['a', ['a']], expected: true },
    { args: ['a', ['b']], expected: false },
    { args: ['aaaaaaa', ['aaaa', 'aaa']], expected: true },
    { args: ['aaaaaaa', ['aa', 'aaaa']], expected: false },
    { args: ['cars', ['car', 'ca', 'rs']], expected: true },
    { args: ['bb', ['a', 'b', 'bbb', 'bbbb']], expected: true },
    { args: ['goalspecial', ['go', 'goal', 'goals', 'special']], expected: true },
    { args: ['abcd', ['a', 'abc', 'b', 'cd']], expected: true },
    { args: ['catsanddog', ['cat', 'cats', 'and', 'sand', 'dog']], expected: true },
    { args: ['pineapplepenapple', ['apple', 'pen', 'applepen', 'pine', 'pineapple']], expected: true },
    { args: ['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab', ['a', 'aa', 'aaa', 'aaaa', 'aaaaa']], expected: false },
    { args: ['ab', ['abc']], expected: false },
    { args: ['zzzzzzzzzzzzzzzzzzzz', ['zzzzzzzzzzzzzzzzzzzz']], expected: true },
  ],
  largest: () => {
    // 1000 distinct words over "ab" (every run of 1 to 20 a's among them), s = 300 characters:
    // 299 a's and a final b that only some words can end with, so most cuts are dead ends.
    const random = seededRandom(8);
    const words = new Set<string>();
    for (let k = 1; k <= 20; k++) words.add('a'.repeat(k));
    while (words.size < 1000) {
      const size = random.int(2, 20);
      words.add(Array.from({ length: size }, () => (random.next() < 0.85 ? 'a' : 'b')).join(''));
    }
    const s = 'a'.repeat(299) + 'b';
    // Oracle: breadth-first over the cut positions reachable from 0.
    const reached = new Array<boolean>(s.length + 1).fill(false);
    reached[0] = true;
    for (let start = 0; start < s.length; start++) {
      if (!reached[start]) continue;
      for (const word of words) if (s.startsWith(word, start)) reached[start + word.length] = true;
    }
    return { args: [s, [...words]], expected: reached[s.length] };
  },
});
