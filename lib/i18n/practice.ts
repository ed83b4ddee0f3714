import type { Dictionary } from './messages';

/** Strings of the coding practice pages. */
export interface PracticeStrings {
  title: string;
  intro: string;
  search: string;
  anyDifficulty: string;
  anyCategory: string;
  filter: string;
  solved: string;
  noQuestions: string;
  easy: string;
  medium: string;
  hard: string;
  examples: string;
  example: string;
  input: string;
  output: string;
  explanation: string;
  constraints: string;
  hints: string;
  hint: string;
  hintsWithheld: string;
  language: string;
  run: string;
  running: string;
  submit: string;
  submitting: string;
  resetCode: string;
  customInput: string;
  customInputHint: string;
  useCustomInput: string;
  expected: string;
  actual: string;
  caseLabel: string;
  hiddenCase: string;
  passed: string;
  verdict: Record<string, string>;
  compileOutput: string;
  submissions: string;
  noSubmissions: string;
  editorLoading: string;
  signInToRun: string;
  serverError: string;
  rateLimited: string;
  busy: string;
  formError: string;
  limits: string;
  backToList: string;
  verdictUnknown: string;
  unexpectedError: string;
  statementTab: string;
  codeTab: string;
  resultTab: string;
  consoleEmpty: string;
  draftSaving: string;
  draftSaved: string;
  draftFailed: string;
  draftLocal: string;
  discardDraft: string;
  discardTitle: string;
  discardDescription: string;
  discardConfirm: string;
  cancel: string;
  retiredTitle: string;
  retiredBody: string;
  number: string;
  problem: string;
  difficulty: string;
  acceptance: string;
  tags: string;
  status: string;
  unsolved: string;
  noAcceptance: string;
  tagNames: Record<string, string>;
}

/** The bank's categories and tags in Chinese (db/seed/problems: kebab-case keys). */
const TAGS_ZH: Record<string, string> = {
  array: '陣列',
  string: '字串',
  'hash-table': '雜湊表',
  'two-pointers': '雙指標',
  stack: '堆疊',
  'linked-list': '鏈結串列',
  tree: '樹',
  graph: '圖',
  'binary-search': '二分搜尋',
  'dynamic-programming': '動態規劃',
  heap: '堆積',
  design: '設計',
  'depth-first-search': '深度優先搜尋',
  'breadth-first-search': '廣度優先搜尋',
  sorting: '排序',
  'binary-tree': '二元樹',
  math: '數學',
  'sliding-window': '滑動視窗',
  'monotonic-stack': '單調堆疊',
  greedy: '貪婪',
  'divide-and-conquer': '分治',
  counting: '計數',
  'union-find': '併查集',
  recursion: '遞迴',
  'prefix-sum': '前綴和',
  matrix: '矩陣',
  'binary-search-tree': '二元搜尋樹',
  unicode: 'Unicode',
  'topological-sort': '拓撲排序',
  'shortest-path': '最短路徑',
  quickselect: '快速選擇',
  'monotonic-queue': '單調佇列',
  'merge-sort': '合併排序',
  memoization: '記憶化',
  'interval-dp': '區間動態規劃',
  geometry: '幾何',
  dijkstra: 'Dijkstra 演算法',
  combinatorics: '組合數學',
  'bucket-sort': '桶排序',
  'binary-search-on-answer': '對答案二分搜尋',
};

/** English labels: the kebab-case key in words ("hash-table" → "Hash Table"). */
const englishLabel = (key: string) =>
  key
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');

/** A category's or tag's label in the page's language; an unknown key reads as words, never as kebab case. */
export function tagLabel(d: PracticeStrings, key: string): string {
  return d.tagNames[key] ?? englishLabel(key);
}

const VERDICT_ZH = {
  accepted: '通過',
  wrong_answer: '答案錯誤',
  runtime_error: '執行錯誤',
  time_limit_exceeded: '超過時間限制',
  compile_error: '編譯錯誤',
  memory_limit_exceeded: '超過記憶體限制',
  output_limit_exceeded: '輸出過多',
  skipped: '未執行',
};

const VERDICT_EN = {
  accepted: 'Accepted',
  wrong_answer: 'Wrong answer',
  runtime_error: 'Runtime error',
  time_limit_exceeded: 'Time limit exceeded',
  compile_error: 'Compile error',
  memory_limit_exceeded: 'Memory limit exceeded',
  output_limit_exceeded: 'Output limit exceeded',
  skipped: 'Not run',
};

const zhTW: PracticeStrings = {
  title: '程式練習',
  intro: '題庫中的每一題都有五種語言的參考解答，並經過實際評測驗證。選一題，在瀏覽器裡寫程式、執行範例，再送出評測。',
  search: '搜尋題目',
  anyDifficulty: '所有難度',
  anyCategory: '所有分類',
  filter: '篩選',
  solved: '已解決',
  noQuestions: '沒有符合條件的題目。',
  easy: '簡單',
  medium: '中等',
  hard: '困難',
  examples: '範例',
  example: '範例 {n}',
  input: '輸入',
  output: '輸出',
  explanation: '說明',
  constraints: '限制',
  hints: '提示',
  hint: '提示 {n}',
  hintsWithheld: '你正在這一題的模擬面試中擔任面試者：提示只在面試官於面試房間裡公開時顯示，面試結束後即可在這裡閱讀。',
  language: '語言',
  run: '執行範例',
  running: '執行中…',
  submit: '送出評測',
  submitting: '評測中…',
  resetCode: '還原起始程式碼',
  customInput: '自訂測資',
  customInputHint: '每行一組：參數以逗號分隔的 JSON，接著 => 與預期結果，例如 [1,2], 3 => [0,1]',
  useCustomInput: '用自訂測資執行',
  expected: '預期',
  actual: '實際',
  caseLabel: '測資 {n}',
  hiddenCase: '隱藏測資',
  passed: '通過 {passed}／{total}',
  verdict: VERDICT_ZH,
  compileOutput: '編譯訊息',
  submissions: '我的提交紀錄',
  noSubmissions: '還沒有提交紀錄。',
  editorLoading: '編輯器載入中…',
  signInToRun: '登入後即可執行與送出程式碼。',
  serverError: '伺服器發生錯誤，請稍後再試。',
  rateLimited: '執行次數過於頻繁，請稍後再試。',
  busy: '評測系統忙碌中，請稍後再試。',
  formError: '自訂測資格式有誤。',
  limits: '時間限制：{time} 毫秒；記憶體限制：{memory} MB',
  backToList: '回到題目列表',
  verdictUnknown: '評測結果不明',
  unexpectedError: '發生錯誤，請稍後再試。',
  statementTab: '題目',
  codeTab: '程式碼',
  resultTab: '結果',
  consoleEmpty: '按「執行範例」或「送出評測」後，結果會顯示在這裡。',
  draftSaving: '草稿儲存中…',
  draftSaved: '草稿已儲存',
  draftFailed: '草稿未能儲存，下次編輯時會再試一次',
  draftLocal: '草稿存在這台裝置上（登入後可跨裝置保存）',
  discardDraft: '捨棄草稿',
  discardTitle: '捨棄這個語言的草稿？',
  discardDescription: '編輯器會回到起始程式碼，已儲存的草稿會被刪除，無法復原。',
  discardConfirm: '捨棄',
  cancel: '取消',
  retiredTitle: '這一題已下架',
  retiredBody: '「{title}」已從題庫下架，無法再作答。你過去的提交紀錄仍會保留。請回到題目列表挑選其他題目。',
  number: '編號',
  problem: '題目',
  difficulty: '難度',
  acceptance: '通過率',
  tags: '標籤',
  status: '狀態',
  unsolved: '尚未解決',
  noAcceptance: '—',
  tagNames: TAGS_ZH,
};

const en: PracticeStrings = {
  title: 'Coding practice',
  intro:
    'Every problem in the bank has reference solutions in five languages, proven by the judge. Pick one, write code in the browser, run the examples, then submit.',
  search: 'Search problems',
  anyDifficulty: 'Any difficulty',
  anyCategory: 'Any category',
  filter: 'Filter',
  solved: 'Solved',
  noQuestions: 'No problem matches.',
  easy: 'Easy',
  medium: 'Medium',
  hard: 'Hard',
  examples: 'Examples',
  example: 'Example {n}',
  input: 'Input',
  output: 'Output',
  explanation: 'Explanation',
  constraints: 'Constraints',
  hints: 'Hints',
  hint: 'Hint {n}',
  hintsWithheld:
    'You are the interviewee of a live interview on this problem: its hints show only as the interviewer reveals them in the room, and here once the interview is over.',
  language: 'Language',
  run: 'Run examples',
  running: 'Running…',
  submit: 'Submit',
  submitting: 'Judging…',
  resetCode: 'Reset to starter code',
  customInput: 'Custom tests',
  customInputHint: 'One per line: the arguments as comma-separated JSON, then => and the expected result, e.g. [1,2], 3 => [0,1]',
  useCustomInput: 'Run custom tests',
  expected: 'Expected',
  actual: 'Actual',
  caseLabel: 'Case {n}',
  hiddenCase: 'Hidden case',
  passed: 'Passed {passed}/{total}',
  verdict: VERDICT_EN,
  compileOutput: 'Compiler output',
  submissions: 'My submissions',
  noSubmissions: 'No submissions yet.',
  editorLoading: 'Loading the editor…',
  signInToRun: 'Log in to run and submit code.',
  serverError: 'Something went wrong on the server; please try again later.',
  rateLimited: 'Too many runs; please wait a moment.',
  busy: 'The judge is busy; please try again shortly.',
  formError: 'The custom tests are not in the expected form.',
  limits: 'Time limit {time} ms, memory limit {memory} MB',
  backToList: 'Back to problems',
  verdictUnknown: 'Unknown verdict',
  unexpectedError: 'Something went wrong; please try again.',
  statementTab: 'Problem',
  codeTab: 'Code',
  resultTab: 'Result',
  consoleEmpty: 'Run the examples or submit: the result shows here.',
  draftSaving: 'Saving draft…',
  draftSaved: 'Draft saved',
  draftFailed: 'The draft was not saved; the next edit tries again',
  draftLocal: 'Draft kept on this device (log in to keep it across devices)',
  discardDraft: 'Discard draft',
  discardTitle: 'Discard the draft in this language?',
  discardDescription: 'The editor goes back to the starter code and the saved draft is deleted. This cannot be undone.',
  discardConfirm: 'Discard',
  cancel: 'Cancel',
  retiredTitle: 'This problem was retired',
  retiredBody:
    '“{title}” has been retired from the bank and can no longer be solved. Your past submissions are kept. Pick another problem from the list.',
  number: '#',
  problem: 'Problem',
  difficulty: 'Difficulty',
  acceptance: 'Acceptance',
  tags: 'Tags',
  status: 'Status',
  unsolved: 'Not solved',
  noAcceptance: '—',
  tagNames: {},
};

export const PRACTICE: Dictionary<PracticeStrings> = { 'zh-TW': zhTW, en };
