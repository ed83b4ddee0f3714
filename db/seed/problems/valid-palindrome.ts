import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'valid-palindrome',
  title: { en: 'Valid Palindrome', zh: '驗證回文字串' },
  difficulty: 'Easy',
  category: 'two-pointers',
  tags: ['two-pointers', 'string'],
  statement: {
    en: 'A phrase is a **palindrome** if, after turning every uppercase letter into lowercase and dropping every character that is not a letter or a digit, it reads the same forwards and backwards.\n\nGiven a string `s`, return `true` if it is a palindrome and `false` otherwise. Only the ASCII letters `a`–`z`, `A`–`Z` and digits `0`–`9` count as letters and digits.',
    zh: '把字串中所有大寫字母轉成小寫、並移除所有非字母與非數字的字元後，如果正著讀和反著讀都一樣，這個字串就是**回文**。\n\n給定字串 `s`，如果它是回文就回傳 `true`，否則回傳 `false`。只有 ASCII 字母 `a`–`z`、`A`–`Z` 與數字 `0`–`9` 算是字母和數字。',
  },
  examples: [
    {
      input: 's = "A man, a plan, a canal: Panama"',
      output: 'true',
      explanation: {
        en: 'Keeping only letters and digits, in lowercase, gives "amanaplanacanalpanama", a palindrome.',
        zh: '只保留字母和數字並轉成小寫後得到 "amanaplanacanalpanama"，是回文。',
      },
    },
    {
      input: 's = "race a car"',
      output: 'false',
      explanation: { en: '"raceacar" is not a palindrome.', zh: '"raceacar" 不是回文。' },
    },
    {
      input: 's = " "',
      output: 'true',
      explanation: { en: 'Nothing is left after filtering; an empty string is a palindrome.', zh: '過濾後什麼都不剩，空字串是回文。' },
    },
  ],
  constraints: ['1 <= s.length <= 2 * 10^5', '`s` consists only of printable ASCII characters.'],
  hints: [
    { en: 'You do not need to build the filtered string: walk inwards from both ends.', zh: '不必真的建出過濾後的字串：從兩端往中間走。' },
    {
      en: 'Skip characters that are not letters or digits on each side before comparing.',
      zh: '比較之前，兩邊各自跳過不是字母或數字的字元。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'isPalindrome',
      typescript: 'isPalindrome',
      python: 'is_palindrome',
      java: 'isPalindrome',
      cpp: 'isPalindrome',
    },
    params: [{ name: 's', type: 'string' }],
    returns: 'boolean',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function isPalindrome(s) {\n  \n}\n',
    typescript: 'function isPalindrome(s: string): boolean {\n  \n}\n',
    python: 'class Solution:\n    def is_palindrome(self, s: str) -> bool:\n        pass\n',
    java: 'class Solution {\n    public boolean isPalindrome(String s) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    bool isPalindrome(string s) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function isPalindrome(s) {
  const isAlnum = (c) => /[a-z0-9]/i.test(c);
  let i = 0;
  let j = s.length - 1;
  while (i < j) {
    if (!isAlnum(s[i])) i++;
    else if (!isAlnum(s[j])) j--;
    else if (s[i].toLowerCase() !== s[j].toLowerCase()) return false;
    else {
      i++;
      j--;
    }
  }
  return true;
}
`,
    typescript: `function isPalindrome(s: string): boolean {
  const isAlnum = (c: string) => /[a-z0-9]/i.test(c);
  let i = 0;
  let j = s.length - 1;
  while (i < j) {
    if (!isAlnum(s[i])) i++;
    else if (!isAlnum(s[j])) j--;
    else if (s[i].toLowerCase() !== s[j].toLowerCase()) return false;
    else {
      i++;
      j--;
    }
  }
  return true;
}
`,
    python: `class Solution:
    def is_palindrome(self, s: str) -> bool:
        kept = [c.lower() for c in s if c.isascii() and c.isalnum()]
        return kept == kept[::-1]
`,
    java: `class Solution {
    public boolean isPalindrome(String s) {
        int i = 0, j = s.length() - 1;
        while (i < j) {
            char a = s.charAt(i), b = s.charAt(j);
            if (!Character.isLetterOrDigit(a)) i++;
            else if (!Character.isLetterOrDigit(b)) j--;
            else if (Character.toLowerCase(a) != Character.toLowerCase(b)) return false;
            else {
                i++;
                j--;
            }
        }
        return true;
    }
}
`,
    cpp: `class Solution {
public:
    bool isPalindrome(string s) {
        int i = 0, j = (int)s.size() - 1;
        while (i < j) {
            unsigned char a = s[i], b = s[j];
            if (!isalnum(a)) i++;
            else if (!isalnum(b)) j--;
            else if (tolower(a) != tolower(b)) return false;
            else {
                i++;
                j--;
            }
        }
        return true;
    }
};
`,
  },
  visible: [
    { args: ['A man, a plan, a canal: Panama'], expected: true },
    { args: ['race a car'], expected: false },
    { args: [' '], expected: true },
  ],
  hidden: [
    { args: ['a'], expected: true },
    { args: ['ab'], expected: false },
    { args: ['Aa'], expected: true },
    { args: ['0P'], expected: false },
    { args: ['.,'], expected: true },
    { args: ['a.'], expected: true },
    { args: ['12321'], expected: true },
    { args: ['1a2'], expected: false },
    { args: ['No lemon, no melon'], expected: true },
    { args: ['Was it a car or a cat I saw?'], expected: true },
    { args: ['ab_a'], expected: true },
    { args: ['"Madam", I\'m Adam!'], expected: true },
    { args: ['abcdeedcbz'], expected: false },
  ],
  largest: () => {
    // 2·10^5 printable characters whose letters and digits mirror each other, with case and
    // punctuation varied independently on each side, so the whole string must be scanned.
    const random = seededRandom(3);
    const alnum = 'abcdefghijklmnopqrstuvwxyz0123456789';
    const noise = ' ,.:;!?-_\'"()[]{}@#';
    const half: string[] = Array.from({ length: 70_000 }, () => alnum[random.int(0, alnum.length - 1)]!);
    const dress = (c: string) => {
      const letter = random.next() < 0.5 ? c.toUpperCase() : c;
      return random.next() < 0.3 ? letter + noise[random.int(0, noise.length - 1)]! : letter;
    };
    const s = (half.map(dress).join('') + [...half].reverse().map(dress).join('')).slice(0, 200_000);
    const kept = s.toLowerCase().replace(/[^a-z0-9]/g, '');
    return { args: [s], expected: kept === [...kept].reverse().join('') };
  },
});
