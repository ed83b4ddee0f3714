import type { ProblemFixture } from './types';

export const longestCommonPrefix: ProblemFixture = {
  slug: 'longest-common-prefix',
  title: 'Longest Common Prefix',
  spec: {
    functionName: {
      javascript: 'longestCommonPrefix',
      typescript: 'longestCommonPrefix',
      python: 'longest_common_prefix',
      java: 'longestCommonPrefix',
      cpp: 'longestCommonPrefix',
    },
    params: [{ name: 'strs', type: 'string[]' }],
    returns: 'string',
    compare: 'exact',
  },
  testCases: [
    { args: [['flower', 'flow', 'flight']], expected: 'fl' },
    { args: [['dog', 'racecar', 'car']], expected: '' },
    { args: [['a']], expected: 'a', hidden: true },
    { args: [['interspecies', 'interstellar', 'interstate']], expected: 'inters', hidden: true },
    { args: [['ünïcode "quoted"\\n', 'ünïx']], expected: 'ünï', hidden: true },
    { args: [['say "hi"\n', 'say "hi"\n!']], expected: 'say "hi"\n' },
  ],
  solutions: {
    javascript: `function longestCommonPrefix(strs) {
  let prefix = strs[0];
  for (const s of strs) while (!s.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}
`,
    typescript: `function longestCommonPrefix(strs: string[]): string {
  let prefix = strs[0];
  for (const s of strs) while (!s.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}
`,
    python: `class Solution:
    def longest_common_prefix(self, strs: List[str]) -> str:
        prefix = strs[0]
        for s in strs:
            while not s.startswith(prefix):
                prefix = prefix[:-1]
        return prefix
`,
    java: `class Solution {
    public String longestCommonPrefix(String[] strs) {
        String prefix = strs[0];
        for (String s : strs) {
            while (!s.startsWith(prefix)) prefix = prefix.substring(0, prefix.length() - 1);
        }
        return prefix;
    }
}
`,
    cpp: `class Solution {
public:
    string longestCommonPrefix(vector<string>& strs) {
        string prefix = strs[0];
        for (auto& s : strs) {
            while (s.compare(0, prefix.size(), prefix) != 0) prefix.pop_back();
        }
        return prefix;
    }
};
`,
  },
};
