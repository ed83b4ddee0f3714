import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'word-ladder-length',
  title: { en: 'Word Ladder', zh: '單字接龍' },
  difficulty: 'Hard',
  category: 'graph',
  tags: ['string', 'hash-table', 'graph', 'breadth-first-search'],
  statement: {
    en: 'A **word ladder** from `beginWord` to `endWord` is a sequence of words `beginWord -> w1 -> w2 -> ... -> endWord` in which every two neighbouring words differ in exactly one letter, and every word after `beginWord` is in the list `wordList` (`beginWord` itself need not be).\n\nReturn the number of words in the **shortest** ladder from `beginWord` to `endWord`, counting both ends, or `0` if there is no ladder.',
    zh: '從 `beginWord` 到 `endWord` 的**單字接龍**是一串單字 `beginWord -> w1 -> w2 -> ... -> endWord`，其中任兩個相鄰單字恰好只差一個字母，而且 `beginWord` 之後的每個單字都必須出現在清單 `wordList` 中（`beginWord` 本身不必在清單中）。\n\n回傳從 `beginWord` 到 `endWord` **最短**接龍中的單字數（包含頭尾兩個單字）；若不存在任何接龍，回傳 `0`。',
  },
  examples: [
    {
      input: 'beginWord = "hit", endWord = "cog", wordList = ["hot","dot","dog","lot","log","cog"]',
      output: '5',
      explanation: {
        en: 'One shortest ladder is "hit" -> "hot" -> "dot" -> "dog" -> "cog", five words long.',
        zh: '其中一條最短接龍是 "hit" -> "hot" -> "dot" -> "dog" -> "cog"，共五個單字。',
      },
    },
    {
      input: 'beginWord = "hit", endWord = "cog", wordList = ["hot","dot","dog","lot","log"]',
      output: '0',
      explanation: { en: '"cog" is not in wordList, so no ladder can end there.', zh: '"cog" 不在 wordList 中，所以沒有接龍能以它結尾。' },
    },
  ],
  constraints: [
    '1 <= beginWord.length <= 10',
    'endWord.length == beginWord.length',
    '1 <= wordList.length <= 5000',
    'wordList[i].length == beginWord.length',
    'beginWord, endWord and wordList[i] consist of lowercase English letters only.',
    'beginWord != endWord',
    'All the words of wordList are distinct.',
  ],
  hints: [
    {
      en: 'Words are nodes, and two words one letter apart are joined by an edge: the answer is a shortest path, found by breadth-first search.',
      zh: '把單字視為節點，只差一個字母的兩個單字之間有一條邊：答案就是最短路徑，可以用廣度優先搜尋（BFS）找到。',
    },
    {
      en: 'Comparing every pair of words is slow. Group words by pattern instead: "hot" belongs to "*ot", "h*t" and "ho*".',
      zh: '兩兩比較所有單字太慢。改用樣式分組：「hot」屬於「*ot」、「h*t」與「ho*」三組。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'ladderLength',
      typescript: 'ladderLength',
      python: 'ladder_length',
      java: 'ladderLength',
      cpp: 'ladderLength',
    },
    params: [
      { name: 'beginWord', type: 'string' },
      { name: 'endWord', type: 'string' },
      { name: 'wordList', type: 'string[]' },
    ],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 2000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function ladderLength(beginWord, endWord, wordList) {\n  \n}\n',
    typescript: 'function ladderLength(beginWord: string, endWord: string, wordList: string[]): number {\n  \n}\n',
    python: 'class Solution:\n    def ladder_length(self, begin_word: str, end_word: str, word_list: List[str]) -> int:\n        pass\n',
    java: 'class Solution {\n    public int ladderLength(String beginWord, String endWord, String[] wordList) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int ladderLength(string beginWord, string endWord, vector<string>& wordList) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function ladderLength(beginWord, endWord, wordList) {
  // Words one letter apart share a pattern with that letter blanked out ("h*t").
  const byPattern = new Map();
  for (const word of wordList) {
    for (let i = 0; i < word.length; i++) {
      const pattern = word.slice(0, i) + '*' + word.slice(i + 1);
      if (!byPattern.has(pattern)) byPattern.set(pattern, []);
      byPattern.get(pattern).push(word);
    }
  }
  // Breadth-first, level by level; a pattern's group is used once, then dropped.
  const seen = new Set([beginWord]);
  let level = [beginWord];
  for (let length = 2; level.length; length++) {
    const next = [];
    for (const word of level) {
      for (let i = 0; i < word.length; i++) {
        const pattern = word.slice(0, i) + '*' + word.slice(i + 1);
        for (const other of byPattern.get(pattern) ?? []) {
          if (other === endWord) return length;
          if (!seen.has(other)) {
            seen.add(other);
            next.push(other);
          }
        }
        byPattern.delete(pattern);
      }
    }
    level = next;
  }
  return 0;
}
`,
    typescript: `function ladderLength(beginWord: string, endWord: string, wordList: string[]): number {
  // Words one letter apart share a pattern with that letter blanked out ("h*t").
  const byPattern = new Map<string, string[]>();
  for (const word of wordList) {
    for (let i = 0; i < word.length; i++) {
      const pattern = word.slice(0, i) + '*' + word.slice(i + 1);
      if (!byPattern.has(pattern)) byPattern.set(pattern, []);
      byPattern.get(pattern)!.push(word);
    }
  }
  // Breadth-first, level by level; a pattern's group is used once, then dropped.
  const seen = new Set([beginWord]);
  let level = [beginWord];
  for (let length = 2; level.length; length++) {
    const next: string[] = [];
    for (const word of level) {
      for (let i = 0; i < word.length; i++) {
        const pattern = word.slice(0, i) + '*' + word.slice(i + 1);
        for (const other of byPattern.get(pattern) ?? []) {
          if (other === endWord) return length;
          if (!seen.has(other)) {
            seen.add(other);
            next.push(other);
          }
        }
        byPattern.delete(pattern);
      }
    }
    level = next;
  }
  return 0;
}
`,
    python: `class Solution:
    def ladder_length(self, begin_word: str, end_word: str, word_list: List[str]) -> int:
        # Words one letter apart share a pattern with that letter blanked out ("h*t").
        by_pattern = collections.defaultdict(list)
        for word in word_list:
            for i in range(len(word)):
                by_pattern[word[:i] + "*" + word[i + 1:]].append(word)
        # Breadth-first, level by level; a pattern's group is used once, then dropped.
        seen = {begin_word}
        level = [begin_word]
        length = 1
        while level:
            length += 1
            nxt = []
            for word in level:
                for i in range(len(word)):
                    for other in by_pattern.pop(word[:i] + "*" + word[i + 1:], ()):
                        if other == end_word:
                            return length
                        if other not in seen:
                            seen.add(other)
                            nxt.append(other)
            level = nxt
        return 0
`,
    java: `class Solution {
    public int ladderLength(String beginWord, String endWord, String[] wordList) {
        // Words one letter apart share a pattern with that letter blanked out ("h*t").
        Map<String, List<String>> byPattern = new HashMap<>();
        for (String word : wordList) {
            for (int i = 0; i < word.length(); i++) {
                String pattern = word.substring(0, i) + '*' + word.substring(i + 1);
                byPattern.computeIfAbsent(pattern, p -> new ArrayList<>()).add(word);
            }
        }
        // Breadth-first, level by level; a pattern's group is used once, then dropped.
        Set<String> seen = new HashSet<>(List.of(beginWord));
        List<String> level = List.of(beginWord);
        for (int length = 2; !level.isEmpty(); length++) {
            List<String> next = new ArrayList<>();
            for (String word : level) {
                for (int i = 0; i < word.length(); i++) {
                    List<String> group = byPattern.remove(word.substring(0, i) + '*' + word.substring(i + 1));
                    if (group == null) continue;
                    for (String other : group) {
                        if (other.equals(endWord)) return length;
                        if (seen.add(other)) next.add(other);
                    }
                }
            }
            level = next;
        }
        return 0;
    }
}
`,
    cpp: `class Solution {
public:
    int ladderLength(string beginWord, string endWord, vector<string>& wordList) {
        // Words one letter apart share a pattern with that letter blanked out ("h*t").
        unordered_map<string, vector<string>> byPattern;
        for (const string& word : wordList) {
            for (size_t i = 0; i < word.size(); i++) {
                string pattern = word;
                pattern[i] = '*';
                byPattern[pattern].push_back(word);
            }
        }
        // Breadth-first, level by level; a pattern's group is used once, then dropped.
        unordered_set<string> seen = {beginWord};
        vector<string> level = {beginWord};
        for (int length = 2; !level.empty(); length++) {
            vector<string> next;
            for (const string& word : level) {
                for (size_t i = 0; i < word.size(); i++) {
                    string pattern = word;
                    pattern[i] = '*';
                    auto group = byPattern.find(pattern);
                    if (group == byPattern.end()) continue;
                    for (const string& other : group->second) {
                        if (other == endWord) return length;
                        if (seen.insert(other).second) next.push_back(other);
                    }
                    byPattern.erase(group);
                }
            }
            level = next;
        }
        return 0;
    }
};
`,
  },
  visible: [
    { args: ['hit', 'cog', ['hot', 'dot', 'dog', 'lot', 'log', 'cog']], expected: 5 },
    { args: ['hit', 'cog', ['hot', 'dot', 'dog', 'lot', 'log']], expected: 0 },
  ],
  hidden: [
    { args: ['a', 'c', ['a', 'b', 'c']], expected: 2 },
    { args: ['a', 'b', ['b']], expected: 2 },
    { args: ['a', 'b', ['c']], expected: 0 },
    { args: ['hot', 'dog', ['hot', 'dog']], expected: 0 },
    { args: ['hot', 'dog', ['hot', 'dot', 'dog']], expected: 3 },
    { args: ['hit', 'hot', ['hot']], expected: 2 },
    { args: ['lost', 'cost', ['most', 'fist', 'lost', 'cost', 'fish']], expected: 2 },
    { args: ['talk', 'tail', ['talk', 'tons', 'fall', 'tail', 'gale', 'hall', 'negs']], expected: 0 },
    { args: ['red', 'tax', ['ted', 'tex', 'red', 'tax', 'tad', 'den', 'rex', 'pee']], expected: 4 },
    {
      args: [
        'qa',
        'sq',
        [
          'si',
          'go',
          'se',
          'cm',
          'so',
          'ph',
          'mt',
          'db',
          'mb',
          'sb',
          'kr',
          'ln',
          'tm',
          'le',
          'av',
          'sm',
          'ar',
          'ci',
          'ca',
          'br',
          'ti',
          'ba',
          'to',
          'ra',
          'fa',
          'yo',
          'ow',
          'sn',
          'ya',
          'cr',
          'po',
          'fe',
          'ho',
          'ma',
          're',
          'or',
          'rn',
          'au',
          'ur',
          'rh',
          'sr',
          'tc',
          'lt',
          'lo',
          'as',
          'fr',
          'nb',
          'yb',
          'if',
          'pb',
          'ge',
          'th',
          'pm',
          'rb',
          'sh',
          'co',
          'ga',
          'li',
          'ha',
          'hz',
          'no',
          'bi',
          'di',
          'hi',
          'qa',
          'pi',
          'os',
          'uh',
          'wm',
          'an',
          'me',
          'mo',
          'na',
          'la',
          'st',
          'er',
          'sc',
          'ne',
          'mn',
          'mi',
          'am',
          'ex',
          'pt',
          'io',
          'be',
          'fm',
          'ta',
          'tb',
          'ni',
          'mr',
          'pa',
          'he',
          'lr',
          'sq',
          'ye',
        ],
      ],
      expected: 5,
    },
    { args: ['abcde', 'edcba', ['abcdx', 'abcde', 'edcba', 'ebcde', 'edcde', 'edcbe']], expected: 5 },
    { args: ['aaaa', 'bbbb', ['aaab', 'aabb', 'abbb', 'bbbb', 'baaa', 'bbaa', 'bbba']], expected: 5 },
  ],
  largest: () => {
    // 5000 words of 10 letters over "abcde": a random walk of 3000 one-letter steps from beginWord
    // (so a ladder exists) and 2000 random words; endWord is where the walk stops.
    const random = seededRandom(15);
    const letters = 'abcde';
    const randomWord = () => Array.from({ length: 10 }, () => letters[random.int(0, 4)]).join('');
    const beginWord = randomWord();
    const words = new Set<string>();
    let current = beginWord;
    while (words.size < 3000) {
      const i = random.int(0, 9);
      const letter = letters[random.int(0, 4)]!;
      if (letter === current[i]) continue;
      current = current.slice(0, i) + letter + current.slice(i + 1);
      if (current !== beginWord) words.add(current);
    }
    const endWord = current;
    while (words.size < 5000) {
      const word = randomWord();
      if (word !== beginWord) words.add(word);
    }
    // Oracle: breadth-first search trying every one-letter change (only these five letters occur).
    const inList = new Set(words);
    const distance = new Map<string, number>([[beginWord, 1]]);
    const queue = [beginWord];
    for (let head = 0; head < queue.length && !distance.has(endWord); head++) {
      const word = queue[head]!;
      for (let i = 0; i < word.length; i++) {
        for (const letter of letters) {
          const next = word.slice(0, i) + letter + word.slice(i + 1);
          if (inList.has(next) && !distance.has(next)) {
            distance.set(next, distance.get(word)! + 1);
            queue.push(next);
          }
        }
      }
    }
    return { args: [beginWord, endWord, [...words]], expected: distance.get(endWord) ?? 0 };
  },
});
