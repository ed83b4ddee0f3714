import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'reverse-words',
  title: { en: 'Reverse Words in a String', zh: '反轉字串中的單字' },
  difficulty: 'Easy',
  category: 'string',
  tags: ['string', 'two-pointers', 'unicode'],
  statement: {
    en: 'Given a string `s`, return its words in reverse order, joined by a single space.\n\nA **word** is a maximal run of characters other than the space `" "` (U+0020). Only that character separates words: any other character, including a full-width space `"　"`, Chinese characters and emoji, belongs to a word and must come back unchanged. `s` may have leading or trailing spaces and several spaces between two words; the answer has none of them.',
    zh: '給定字串 `s`，將其中的單字以相反的順序排列，用一個空白連接後回傳。\n\n**單字**是由空白 `" "`（U+0020）以外的字元組成的最長連續片段。只有這個字元用來分隔單字：其他任何字元，包括全形空白 `"　"`、中文字與表情符號，都屬於單字的一部分，必須原封不動地回傳。`s` 可能有前導或結尾空白，單字之間也可能有多個空白；答案中不能有這些多餘的空白。',
  },
  examples: [
    {
      input: 's = "the sky is blue"',
      output: '"blue is sky the"',
      explanation: { en: 'Four words, in reverse order.', zh: '四個單字，以相反順序排列。' },
    },
    {
      input: 's = "  hello world  "',
      output: '"world hello"',
      explanation: { en: 'Leading and trailing spaces are dropped.', zh: '前導與結尾的空白都被移除。' },
    },
    {
      input: 's = "今天 天氣  很好 🌞"',
      output: '"🌞 很好 天氣 今天"',
      explanation: { en: 'Chinese words and emoji are words like any other.', zh: '中文單字與表情符號也和其他單字一樣處理。' },
    },
  ],
  constraints: [
    '1 <= s.length <= 10^5',
    '`s` contains no line breaks or tabs; it may contain any other Unicode characters, emoji included.',
    'There is at least one word in `s`.',
  ],
  hints: [
    { en: 'Split on spaces, drop the empty pieces, reverse, and join.', zh: '以空白切開、丟掉空的片段、反轉，再連接起來。' },
    {
      en: 'In Python, `str.split()` without an argument also splits on other whitespace such as the full-width space: split on `" "` instead.',
      zh: '在 Python 中，不帶參數的 `str.split()` 也會在全形空白等其他空白字元上切開：請改用 `" "` 切割。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'reverseWords',
      typescript: 'reverseWords',
      python: 'reverse_words',
      java: 'reverseWords',
      cpp: 'reverseWords',
    },
    params: [{ name: 's', type: 'string' }],
    returns: 'string',
    compare: 'exact',
  },
  limits: { timeLimitMs: 2000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function reverseWords(s) {\n  \n}\n',
    typescript: 'function reverseWords(s: string): string {\n  \n}\n',
    python: 'class Solution:\n    def reverse_words(self, s: str) -> str:\n        pass\n',
    java: 'class Solution {\n    public String reverseWords(String s) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    string reverseWords(string s) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function reverseWords(s) {
  return s
    .split(' ')
    .filter((word) => word.length > 0)
    .reverse()
    .join(' ');
}
`,
    typescript: `function reverseWords(s: string): string {
  return s
    .split(' ')
    .filter((word) => word.length > 0)
    .reverse()
    .join(' ');
}
`,
    python: `class Solution:
    def reverse_words(self, s: str) -> str:
        return ' '.join(word for word in reversed(s.split(' ')) if word)
`,
    java: `class Solution {
    public String reverseWords(String s) {
        List<String> words = new ArrayList<>();
        for (String word : s.split(" ")) {
            if (!word.isEmpty()) words.add(word);
        }
        Collections.reverse(words);
        return String.join(" ", words);
    }
}
`,
    cpp: `class Solution {
public:
    string reverseWords(string s) {
        // UTF-8 never uses the byte 0x20 inside a multi-byte character, so bytes split safely.
        vector<string> words;
        size_t i = 0;
        while (i < s.size()) {
            if (s[i] == ' ') {
                i++;
                continue;
            }
            size_t j = s.find(' ', i);
            if (j == string::npos) j = s.size();
            words.push_back(s.substr(i, j - i));
            i = j;
        }
        string out;
        for (size_t k = words.size(); k-- > 0;) {
            out += words[k];
            if (k > 0) out += ' ';
        }
        return out;
    }
};
`,
  },
  visible: [
    { args: ['the sky is blue'], expected: 'blue is sky the' },
    { args: ['  hello world  '], expected: 'world hello' },
    { args: ['今天 天氣  很好 🌞'], expected: '🌞 很好 天氣 今天' },
  ],
  hidden: [
    { args: ['a'], expected: 'a' },
    { args: ['   x   '], expected: 'x' },
    { args: ['a good   example'], expected: 'example good a' },
    { args: ['我 愛 台灣'], expected: '台灣 愛 我' },
    { args: ['👋🏽 hello 🙂'], expected: '🙂 hello 👋🏽' },
    { args: ['👨‍👩‍👧‍👦 family'], expected: 'family 👨‍👩‍👧‍👦' },
    { args: ['全形　空白 不分隔'], expected: '不分隔 全形　空白' },
    { args: ['café naïve résumé'], expected: 'résumé naïve café' },
    { args: ['"quoted" back\\slash'], expected: 'back\\slash "quoted"' },
    { args: ['𝓜𝓪𝓽𝓱 𠮷野家 z'], expected: 'z 𠮷野家 𝓜𝓪𝓽𝓱' },
    { args: ['same same same'], expected: 'same same same' },
    { args: [' 1 22 333 '], expected: '333 22 1' },
  ],
  largest: () => {
    // About 10^5 UTF-16 units of words mixing ASCII, Chinese, accented letters and emoji
    // (surrogate pairs and joiner sequences), separated by runs of one to three spaces.
    const random = seededRandom(6);
    const pieces = ['a', 'b', 'z', 'Q', '7', '中', '文', '台', '灣', 'é', 'ü', '🌞', '😀', '👍🏽', '🇹🇼', '𠮷', '　', '"', '\\'];
    let s = '  ';
    while (s.length < 99_900) {
      const length = random.int(1, 8);
      for (let k = 0; k < length; k++) s += pieces[random.int(0, pieces.length - 1)]!;
      s += ' '.repeat(random.int(1, 3));
    }
    const expected = s
      .split(' ')
      .filter((word) => word !== '')
      .reverse()
      .join(' ');
    return { args: [s], expected };
  },
});
