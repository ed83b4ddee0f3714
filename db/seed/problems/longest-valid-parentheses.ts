import { defineProblem, seededRandom } from './source';

/**
 * The oracle: match every ')' with the nearest unmatched '(' before it (the pairs any valid
 * substring is made of), mark both as matched, and return the longest run of matched characters.
 */
function longestValid(s: string): number {
  const matched = new Array<boolean>(s.length).fill(false);
  const open: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') open.push(i);
    else if (open.length) {
      matched[open.pop()!] = true;
      matched[i] = true;
    }
  }
  let best = 0;
  let run = 0;
  for (const m of matched) {
    run = m ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

export default defineProblem({
  slug: 'longest-valid-parentheses',
  title: { en: 'Longest Valid Parentheses', zh: '最長有效括號' },
  difficulty: 'Hard',
  category: 'stack',
  tags: ['string', 'stack', 'dynamic-programming'],
  statement: {
    en: 'You are given a string `s` made only of the characters `(` and `)`. Return the length of the longest **contiguous** substring of `s` that is a well-formed parentheses sequence: every `(` is closed by a later `)`, and every `)` closes an earlier `(`.\n\nThe empty substring counts as well-formed, so the answer is `0` when no pair matches.',
    zh: '給定只由字元 `(` 與 `)` 組成的字串 `s`。請回傳 `s` 中最長的**連續**子字串長度，且該子字串必須是格式正確的括號序列：每個 `(` 都由之後的 `)` 閉合，每個 `)` 都閉合之前的某個 `(`。\n\n空子字串也視為格式正確，因此若沒有任何一對括號能配對，答案為 `0`。',
  },
  examples: [
    {
      input: 's = "(()"',
      output: '2',
      explanation: {
        en: 'The longest well-formed substring is "()", starting at index 1.',
        zh: '最長的有效子字串是從索引 1 開始的 "()"。',
      },
    },
    {
      input: 's = ")()())"',
      output: '4',
      explanation: {
        en: 'The substring "()()" at indices 1 to 4 is well-formed; the last ")" has nothing to close.',
        zh: '索引 1 到 4 的子字串 "()()" 是有效的；最後一個 ")" 沒有可以閉合的括號。',
      },
    },
    { input: 's = ""', output: '0' },
  ],
  constraints: ['0 <= s.length <= 3 * 10^4', "s[i] is '(' or ')'"],
  hints: [
    {
      en: 'Keep a stack of indices. Put a sentinel at the bottom: the index just before the current candidate substring starts.',
      zh: '用堆疊保存索引。在堆疊底部放一個哨兵：目前候選子字串開始位置的前一個索引。',
    },
    {
      en: 'When a ")" pops a "(", the valid substring ending here starts right after the new top of the stack. When it finds nothing to pop, it becomes the new sentinel.',
      zh: '當 ")" 彈出一個 "(" 時，以此結尾的有效子字串從新的堆疊頂端之後開始；若沒有可彈出的元素，它就成為新的哨兵。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'longestValidParentheses',
      typescript: 'longestValidParentheses',
      python: 'longest_valid_parentheses',
      java: 'longestValidParentheses',
      cpp: 'longestValidParentheses',
    },
    params: [{ name: 's', type: 'string' }],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function longestValidParentheses(s) {\n  \n}\n',
    typescript: 'function longestValidParentheses(s: string): number {\n  \n}\n',
    python: 'class Solution:\n    def longest_valid_parentheses(self, s: str) -> int:\n        pass\n',
    java: 'class Solution {\n    public int longestValidParentheses(String s) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int longestValidParentheses(string s) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function longestValidParentheses(s) {
  // The bottom of the stack is the index just before the current run of valid pairs.
  const stack = [-1];
  let best = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') {
      stack.push(i);
    } else {
      stack.pop();
      if (stack.length === 0) stack.push(i);
      else best = Math.max(best, i - stack[stack.length - 1]);
    }
  }
  return best;
}
`,
    typescript: `function longestValidParentheses(s: string): number {
  // The bottom of the stack is the index just before the current run of valid pairs.
  const stack: number[] = [-1];
  let best = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') {
      stack.push(i);
    } else {
      stack.pop();
      if (stack.length === 0) stack.push(i);
      else best = Math.max(best, i - stack[stack.length - 1]);
    }
  }
  return best;
}
`,
    python: `class Solution:
    def longest_valid_parentheses(self, s: str) -> int:
        # The bottom of the stack is the index just before the current run of valid pairs.
        stack = [-1]
        best = 0
        for i, c in enumerate(s):
            if c == "(":
                stack.append(i)
            else:
                stack.pop()
                if not stack:
                    stack.append(i)
                else:
                    best = max(best, i - stack[-1])
        return best
`,
    java: `class Solution {
    public int longestValidParentheses(String s) {
        // The bottom of the stack is the index just before the current run of valid pairs.
        Deque<Integer> stack = new ArrayDeque<>();
        stack.push(-1);
        int best = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '(') {
                stack.push(i);
            } else {
                stack.pop();
                if (stack.isEmpty()) stack.push(i);
                else best = Math.max(best, i - stack.peek());
            }
        }
        return best;
    }
}
`,
    cpp: `class Solution {
public:
    int longestValidParentheses(string s) {
        // The bottom of the stack is the index just before the current run of valid pairs.
        vector<int> stack{-1};
        int best = 0;
        for (int i = 0; i < (int)s.size(); i++) {
            if (s[i] == '(') {
                stack.push_back(i);
            } else {
                stack.pop_back();
                if (stack.empty()) stack.push_back(i);
                else best = max(best, i - stack.back());
            }
        }
        return best;
    }
};
`,
  },
  brute: {
    language: 'python',
    code: `class Solution:
    def longest_valid_parentheses(self, s: str) -> int:
        best = 0
        for start in range(len(s)):
            balance = 0
            for end in range(start, len(s)):
                balance += 1 if s[end] == "(" else -1
                if balance < 0:
                    break
                if balance == 0:
                    best = max(best, end - start + 1)
        return best
`,
  },
  visible: [
    { args: ['(()'], expected: 2 },
    { args: [')()())'], expected: 4 },
    { args: [''], expected: 0 },
  ],
  hidden: [
    '(',
    ')',
    '()',
    ')(',
    '((((',
    '))))',
    '()(()',
    '()(())',
    '(()())',
    ')()())()()(',
    '(()))())(',
    '()()()()()((((()',
    '((()))())(()())(((()',
    '))))((((()()(())))(((',
  ].map((s) => ({ args: [s], expected: longestValid(s) })),
  largest: () => {
    // 3·10^4 characters drifting upward ('(' 60 % of the time): scanning ahead from a start rarely
    // goes negative, so checking every substring costs ~4.5·10^8 steps.
    const random = seededRandom(32);
    const s = Array.from({ length: 30_000 }, () => (random.next() < 0.6 ? '(' : ')')).join('');
    return { args: [s], expected: longestValid(s) };
  },
});
