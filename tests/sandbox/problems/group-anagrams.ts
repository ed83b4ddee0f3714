import type { ProblemFixture } from './types';

/** Groups may come back in any order, and so may the words inside a group. */
export const groupAnagrams: ProblemFixture = {
  slug: 'group-anagrams',
  title: 'Group Anagrams',
  spec: {
    functionName: {
      javascript: 'groupAnagrams',
      typescript: 'groupAnagrams',
      python: 'group_anagrams',
      java: 'groupAnagrams',
      cpp: 'groupAnagrams',
    },
    params: [{ name: 'strs', type: 'string[]' }],
    returns: 'string[][]',
    compare: 'unordered-deep',
  },
  testCases: [
    { args: [['eat', 'tea', 'tan', 'ate', 'nat', 'bat']], expected: [['bat'], ['nat', 'tan'], ['ate', 'eat', 'tea']] },
    { args: [['']], expected: [['']] },
    { args: [['a']], expected: [['a']] },
    { args: [['abc', 'bca', 'cab', 'xyz', 'zyx', 'foo']], expected: [['foo'], ['zyx', 'xyz'], ['cab', 'abc', 'bca']], hidden: true },
    { args: [['ab', 'ba', 'ab']], expected: [['ab', 'ab', 'ba']], hidden: true },
  ],
  solutions: {
    javascript: `var groupAnagrams = function (strs) {
  const groups = new Map();
  for (const s of strs) {
    const key = [...s].sort().join('');
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(s);
  }
  return [...groups.values()];
};
`,
    typescript: `function groupAnagrams(strs: string[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const s of strs) {
    const key = [...s].sort().join('');
    const group = groups.get(key) ?? [];
    group.push(s);
    groups.set(key, group);
  }
  return [...groups.values()];
}
`,
    python: `def group_anagrams(strs):
    groups = {}
    for s in strs:
        groups.setdefault(''.join(sorted(s)), []).append(s)
    return list(groups.values())
`,
    java: `class Solution {
    public List<List<String>> groupAnagrams(String[] strs) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String s : strs) {
            char[] chars = s.toCharArray();
            Arrays.sort(chars);
            groups.computeIfAbsent(new String(chars), k -> new ArrayList<>()).add(s);
        }
        return new ArrayList<>(groups.values());
    }
}
`,
    cpp: `class Solution {
public:
    vector<vector<string>> groupAnagrams(vector<string>& strs) {
        map<string, vector<string>> groups;
        for (auto& s : strs) {
            string key = s;
            sort(key.begin(), key.end());
            groups[key].push_back(s);
        }
        vector<vector<string>> out;
        for (auto& entry : groups) out.push_back(entry.second);
        return out;
    }
};
`,
  },
};
