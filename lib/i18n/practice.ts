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
  passed: '通過 {passed}/{total}',
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
  limits: '時間限制 {time} ms，記憶體限制 {memory} MB',
  backToList: '回到題目列表',
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
};

export const PRACTICE: Dictionary<PracticeStrings> = { 'zh-TW': zhTW, en };
