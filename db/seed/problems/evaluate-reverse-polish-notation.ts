import { defineProblem, seededRandom } from './source';

/** The oracle: evaluates the tokens with an explicit stack, dividing toward zero. */
function evaluate(tokens: string[]): number {
  const stack: number[] = [];
  for (const token of tokens) {
    if (!['+', '-', '*', '/'].includes(token)) {
      stack.push(Number(token));
      continue;
    }
    const b = stack.pop()!;
    const a = stack.pop()!;
    if (token === '+') stack.push(a + b);
    else if (token === '-') stack.push(a - b);
    else if (token === '*') stack.push(a * b);
    else stack.push(Math.trunc(a / b));
  }
  return stack[0]!;
}

export default defineProblem({
  slug: 'evaluate-reverse-polish-notation',
  title: { en: 'Evaluate Reverse Polish Notation', zh: '逆波蘭表示法求值' },
  difficulty: 'Medium',
  category: 'stack',
  tags: ['array', 'math', 'stack'],
  statement: {
    en: 'An arithmetic expression is given in Reverse Polish Notation as an array of strings `tokens`: every operator follows its two operands. Evaluate it and return the result as an integer.\n\n- The operators are `+`, `-`, `*` and `/`; each operand is an integer or the result of an earlier sub-expression.\n- Division between two integers truncates toward zero (`7 / -2` is `-3`), and no division by zero occurs.\n- The expression is always valid.',
    zh: '一個算術運算式以逆波蘭表示法（後序表示法）給出，形式為字串陣列 `tokens`：每個運算子都出現在它的兩個運算元之後。請計算並回傳其整數結果。\n\n- 運算子為 `+`、`-`、`*`、`/`；每個運算元是一個整數，或先前子運算式的結果。\n- 兩個整數相除時向零截斷（`7 / -2` 為 `-3`），且不會出現除以零。\n- 運算式一定合法。',
  },
  examples: [
    {
      input: 'tokens = ["2","1","+","3","*"]',
      output: '9',
      explanation: { en: '((2 + 1) * 3) = 9', zh: '((2 + 1) * 3) = 9' },
    },
    {
      input: 'tokens = ["4","13","5","/","+"]',
      output: '6',
      explanation: { en: '(4 + (13 / 5)) = 4 + 2 = 6', zh: '(4 + (13 / 5)) = 4 + 2 = 6' },
    },
    { input: 'tokens = ["10","6","9","3","+","-11","*","/","*","17","+","5","+"]', output: '22' },
  ],
  constraints: [
    '1 <= tokens.length <= 10^4',
    'tokens[i] is an operator ("+", "-", "*" or "/") or an integer in the range [-200, 200].',
    'The expression is valid, and the answer and every intermediate result fit in a 32-bit signed integer.',
  ],
  hints: [
    {
      en: 'Push numbers on a stack; an operator pops the two most recent values and pushes its result.',
      zh: '把數字推入堆疊；遇到運算子時彈出最近的兩個值，並把運算結果推回堆疊。',
    },
    {
      en: 'Mind the operand order for - and /: the first value popped is the right operand.',
      zh: '注意 - 與 / 的運算元順序：先彈出的是右運算元。',
    },
    {
      en: 'Not every language truncates division toward zero (Python floors).',
      zh: '並非每種語言的整數除法都向零截斷（Python 是向下取整）。',
    },
  ],
  spec: {
    functionName: { javascript: 'evalRPN', typescript: 'evalRPN', python: 'eval_rpn', java: 'evalRPN', cpp: 'evalRPN' },
    params: [{ name: 'tokens', type: 'string[]' }],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function evalRPN(tokens) {\n  \n}\n',
    typescript: 'function evalRPN(tokens: string[]): number {\n  \n}\n',
    python: 'class Solution:\n    def eval_rpn(self, tokens: List[str]) -> int:\n        pass\n',
    java: 'class Solution {\n    public int evalRPN(String[] tokens) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int evalRPN(vector<string>& tokens) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function evalRPN(tokens) {
  const apply = {
    '+': (a, b) => a + b,
    '-': (a, b) => a - b,
    '*': (a, b) => a * b,
    '/': (a, b) => Math.trunc(a / b),
  };
  const stack = [];
  for (const token of tokens) {
    if (token in apply) {
      const b = stack.pop();
      const a = stack.pop();
      stack.push(apply[token](a, b));
    } else {
      stack.push(Number(token));
    }
  }
  return stack.pop();
}
`,
    typescript: `function evalRPN(tokens: string[]): number {
  const apply: Record<string, (a: number, b: number) => number> = {
    '+': (a, b) => a + b,
    '-': (a, b) => a - b,
    '*': (a, b) => a * b,
    '/': (a, b) => Math.trunc(a / b),
  };
  const stack: number[] = [];
  for (const token of tokens) {
    if (token in apply) {
      const b = stack.pop()!;
      const a = stack.pop()!;
      stack.push(apply[token](a, b));
    } else {
      stack.push(Number(token));
    }
  }
  return stack.pop()!;
}
`,
    python: `class Solution:
    def eval_rpn(self, tokens: List[str]) -> int:
        stack = []
        for token in tokens:
            if token in ('+', '-', '*', '/'):
                b = stack.pop()
                a = stack.pop()
                if token == '+':
                    stack.append(a + b)
                elif token == '-':
                    stack.append(a - b)
                elif token == '*':
                    stack.append(a * b)
                else:
                    stack.append(int(a / b))  # truncates toward zero, unlike //
            else:
                stack.append(int(token))
        return stack[-1]
`,
    java: `class Solution {
    public int evalRPN(String[] tokens) {
        Deque<Integer> stack = new ArrayDeque<>();
        for (String token : tokens) {
            switch (token) {
                case "+": stack.push(stack.pop() + stack.pop()); break;
                case "*": stack.push(stack.pop() * stack.pop()); break;
                case "-": { int b = stack.pop(), a = stack.pop(); stack.push(a - b); break; }
                case "/": { int b = stack.pop(), a = stack.pop(); stack.push(a / b); break; }
                default: stack.push(Integer.parseInt(token));
            }
        }
        return stack.pop();
    }
}
`,
    cpp: `class Solution {
public:
    int evalRPN(vector<string>& tokens) {
        vector<long long> stack;
        for (const string& token : tokens) {
            if (token == "+" || token == "-" || token == "*" || token == "/") {
                long long b = stack.back(); stack.pop_back();
                long long a = stack.back(); stack.pop_back();
                if (token == "+") stack.push_back(a + b);
                else if (token == "-") stack.push_back(a - b);
                else if (token == "*") stack.push_back(a * b);
                else stack.push_back(a / b);
            } else {
                stack.push_back(stoll(token));
            }
        }
        return (int)stack.back();
    }
};
`,
  },
  visible: [
    ['2', '1', '+', '3', '*'],
    ['4', '13', '5', '/', '+'],
    ['10', '6', '9', '3', '+', '-11', '*', '/', '*', '17', '+', '5', '+'],
  ].map((tokens) => ({ args: [tokens], expected: evaluate(tokens) })),
  hidden: [
    ['42'],
    ['-200'],
    ['7', '-2', '/'],
    ['-7', '2', '/'],
    ['-7', '-2', '/'],
    ['3', '5', '-'],
    ['0', '3', '/'],
    ['1', '2', '/'],
    ['200', '200', '*', '200', '*', '200', '*'],
    ['-200', '200', '*', '200', '*', '200', '*', '-1', '*'],
    ['5', '1', '2', '+', '4', '*', '+', '3', '-'],
    ['100', '-3', '/', '7', '*', '-9', '-'],
  ].map((tokens) => ({ args: [tokens], expected: evaluate(tokens) })),
  largest: () => {
    // 9999 tokens (a valid expression has an odd length): 5000 numbers and 4999 operators, chosen
    // while simulating the stack so every intermediate value stays within ±10^9 and no division is
    // by zero. Division is rare, so the value does not collapse to 0.
    const random = seededRandom(10);
    const tokens: string[] = [];
    const stack: number[] = [];
    let numbersLeft = 5_000;
    const bound = 1_000_000_000;
    while (numbersLeft > 0 || stack.length > 1) {
      const mustPush = stack.length < 2;
      const mustReduce = numbersLeft === 0;
      if (!mustReduce && (mustPush || random.next() < 0.5)) {
        const value = random.int(-200, 200);
        tokens.push(String(value));
        stack.push(value);
        numbersLeft--;
        continue;
      }
      const b = stack.pop()!;
      const a = stack.pop()!;
      const choices: Array<[string, number]> = [
        ['+', a + b],
        ['-', a - b],
      ];
      if (Math.abs(a * b) <= bound) choices.push(['*', a * b]);
      if (b !== 0 && random.next() < 0.1) choices.push(['/', Math.trunc(a / b)]);
      const fitting = choices.filter(([, value]) => Math.abs(value) <= bound);
      const [op, value] = fitting[random.int(0, fitting.length - 1)]!;
      tokens.push(op);
      stack.push(value);
    }
    return { args: [tokens], expected: evaluate(tokens) };
  },
});
