import type { ProblemFixture } from './types';

/**
 * Non-ASCII text round-trips in every language. Reversal is by Unicode code point (C++ strings
 * are UTF-8 bytes, so its solution walks code points itself).
 */
export const reverseText: ProblemFixture = {
  slug: 'reverse-text',
  title: 'Reverse Text',
  spec: {
    functionName: {
      javascript: 'reverseText',
      typescript: 'reverseText',
      python: 'reverse_text',
      java: 'reverseText',
      cpp: 'reverseText',
    },
    params: [{ name: 's', type: 'string' }],
    returns: 'string',
    compare: 'exact',
  },
  testCases: [
    { args: ['hello'], expected: 'olleh' },
    { args: ['中文字'], expected: '字文中' },
    { args: ['a😀b'], expected: 'b😀a' },
    { args: ['h\u00e9llo w\u00f6rld'], expected: 'dlr\u00f6w oll\u00e9h' },
    { args: [''], expected: '', hidden: true },
    { args: ['日本語とEnglish混在🎉'], expected: '🎉在混hsilgnEと語本日', hidden: true },
    { args: ['𝕏y\u0000"\\'], expected: '\\"\u0000y𝕏', hidden: true },
  ],
  solutions: {
    javascript: `function reverseText(s) {
  return [...s].reverse().join('');
}
`,
    typescript: `function reverseText(s: string): string {
  return Array.from(s).reverse().join('');
}
`,
    python: `class Solution:
    def reverse_text(self, s: str) -> str:
        return s[::-1]
`,
    java: `class Solution {
    public String reverseText(String s) {
        return new StringBuilder(s).reverse().toString();
    }
}
`,
    cpp: `class Solution {
public:
    string reverseText(string s) {
        // A code point is a lead byte and its continuation bytes (10xxxxxx).
        vector<string> points;
        for (size_t i = 0; i < s.size();) {
            size_t j = i + 1;
            while (j < s.size() && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) j++;
            points.push_back(s.substr(i, j - i));
            i = j;
        }
        string out;
        for (auto it = points.rbegin(); it != points.rend(); ++it) out += *it;
        return out;
    }
};
`,
  },
};
