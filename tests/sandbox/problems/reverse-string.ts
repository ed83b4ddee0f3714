import type { ProblemFixture } from './types';

/** In place on a char array: Java char[], C++ vector<char>, one-character strings in JavaScript and Python. */
export const reverseString: ProblemFixture = {
  slug: 'reverse-string',
  title: 'Reverse String',
  spec: {
    functionName: {
      javascript: 'reverseString',
      typescript: 'reverseString',
      python: 'reverse_string',
      java: 'reverseString',
      cpp: 'reverseString',
    },
    params: [{ name: 's', type: 'char[]' }],
    returns: 'void',
    mutates: 0,
    compare: 'exact',
  },
  testCases: [
    { args: [['h', 'e', 'l', 'l', 'o']], expected: ['o', 'l', 'l', 'e', 'h'] },
    { args: [['H', 'a', 'n', 'n', 'a', 'h']], expected: ['h', 'a', 'n', 'n', 'a', 'H'] },
    { args: [['"', '\\', ' ', '\n']], expected: ['\n', ' ', '\\', '"'] },
    { args: [['a']], expected: ['a'], hidden: true },
    { args: [['a', 'b']], expected: ['b', 'a'], hidden: true },
  ],
  solutions: {
    javascript: `var reverseString = function (s) {
  s.reverse();
};
`,
    typescript: `function reverseString(s: string[]): void {
  for (let i = 0, j = s.length - 1; i < j; i++, j--) [s[i], s[j]] = [s[j], s[i]];
}
`,
    python: `class Solution:
    def reverse_string(self, s: List[str]) -> None:
        s.reverse()
`,
    java: `class Solution {
    public void reverseString(char[] s) {
        for (int i = 0, j = s.length - 1; i < j; i++, j--) { char t = s[i]; s[i] = s[j]; s[j] = t; }
    }
}
`,
    cpp: `class Solution {
public:
    void reverseString(vector<char>& s) {
        reverse(s.begin(), s.end());
    }
};
`,
  },
};
