import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'valid-parentheses',
  title: { en: 'Valid Parentheses', zh: '有效的括號' },
  difficulty: 'Easy',
  category: 'stack',
  tags: ['string', 'stack'],
  statement: {
    en: 'A string `s` contains only the characters `(`, `)`, `[`, `]`, `{` and `}`. Return `true` when its brackets are balanced:\n\n- every opening bracket is closed by a bracket of the same kind;\n- brackets are closed in the reverse order they were opened;\n- every closing bracket has a matching opening bracket before it.',
    zh: '字串 `s` 只包含字元 `(`、`)`、`[`、`]`、`{` 與 `}`。當括號配對正確時回傳 `true`：\n\n- 每個左括號都由同種類的右括號關閉；\n- 括號必須以開啟的相反順序關閉；\n- 每個右括號之前都有與之配對的左括號。',
  },
  examples: [
    {
      input: 's = "()[]{}"',
      output: 'true',
      explanation: { en: 'Each pair opens and closes immediately.', zh: '每一對括號都立刻開啟並關閉。' },
    },
    {
      input: 's = "([)]"',
      output: 'false',
      explanation: { en: '`[` is still open when `)` arrives.', zh: '遇到 `)` 時 `[` 尚未關閉。' },
    },
    { input: 's = "{[]}"', output: 'true' },
  ],
  constraints: ['1 <= s.length <= 10^4', 's consists only of the characters ()[]{}.'],
  hints: [
    {
      en: 'The most recently opened bracket must be the first one closed: that is a stack.',
      zh: '最後開啟的括號必須最先關閉，這正是堆疊的特性。',
    },
    {
      en: 'At the end, the string is valid only if the stack is empty.',
      zh: '掃描結束時，只有堆疊為空才代表字串有效。',
    },
  ],
  spec: {
    functionName: { javascript: 'isValid', typescript: 'isValid', python: 'is_valid', java: 'isValid', cpp: 'isValid' },
    params: [{ name: 's', type: 'string' }],
    returns: 'boolean',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function isValid(s) {\n  \n}\n',
    typescript: 'function isValid(s: string): boolean {\n  \n}\n',
    python: 'class Solution:\n    def is_valid(self, s: str) -> bool:\n        pass\n',
    java: 'class Solution {\n    public boolean isValid(String s) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    bool isValid(string s) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function isValid(s) {
  const opener = { ')': '(', ']': '[', '}': '{' };
  const stack = [];
  for (const c of s) {
    if (c === '(' || c === '[' || c === '{') stack.push(c);
    else if (stack.pop() !== opener[c]) return false;
  }
  return stack.length === 0;
}
`,
    typescript: `function isValid(s: string): boolean {
  const opener: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  const stack: string[] = [];
  for (const c of s) {
    if (c === '(' || c === '[' || c === '{') stack.push(c);
    else if (stack.pop() !== opener[c]) return false;
  }
  return stack.length === 0;
}
`,
    python: `class Solution:
    def is_valid(self, s: str) -> bool:
        opener = {')': '(', ']': '[', '}': '{'}
        stack = []
        for c in s:
            if c in '([{':
                stack.append(c)
            elif not stack or stack.pop() != opener[c]:
                return False
        return not stack
`,
    java: `class Solution {
    public boolean isValid(String s) {
        Deque<Character> stack = new ArrayDeque<>();
        for (char c : s.toCharArray()) {
            if (c == '(') stack.push(')');
            else if (c == '[') stack.push(']');
            else if (c == '{') stack.push('}');
            else if (stack.isEmpty() || stack.pop() != c) return false;
        }
        return stack.isEmpty();
    }
}
`,
    cpp: `class Solution {
public:
    bool isValid(string s) {
        string stack;
        for (char c : s) {
            if (c == '(') stack.push_back(')');
            else if (c == '[') stack.push_back(']');
            else if (c == '{') stack.push_back('}');
            else if (stack.empty() || stack.back() != c) return false;
            else stack.pop_back();
        }
        return stack.empty();
    }
};
`,
  },
  visible: [
    { args: ['()[]{}'], expected: true },
    { args: ['([)]'], expected: false },
    { args: ['{[]}'], expected: true },
  ],
  hidden: [
    { args: ['('], expected: false },
    { args: [')'], expected: false },
    { args: ['()'], expected: true },
    { args: ['(]'], expected: false },
    { args: ['(('], expected: false },
    { args: ['))(('], expected: false },
    { args: ['(){}}{'], expected: false },
    { args: ['{[()()]}[{}]'], expected: true },
    { args: ['[[[[[[]]]]]]'], expected: true },
    { args: ['[[[[[[]]]]]'], expected: false },
    { args: ['([]{[()]})()'], expected: true },
    { args: ['{{{{}}}}}'], expected: false },
  ],
  largest: () => {
    // 10^4 characters: a random balanced sequence built with a stack, so it is valid by construction.
    const random = seededRandom(3);
    const closer: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
    const open: string[] = [];
    let s = '';
    const n = 10_000;
    while (s.length < n) {
      const remaining = n - s.length;
      if (open.length > 0 && (open.length === remaining || random.next() < 0.5)) s += closer[open.pop()!];
      else {
        const c = '([{'[random.int(0, 2)]!;
        open.push(c);
        s += c;
      }
    }
    return { args: [s], expected: open.length === 0 };
  },
});
