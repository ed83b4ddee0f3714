import type { QuestionKind } from '@/lib/vocabulary/job-families';
import type { Dictionary } from './messages';

/** Strings of the admin pages of the AI mock interview's question bank (/admin/interview-questions). */
export interface InterviewBankStrings {
  title: string;
  intro: string;
  addQuestion: string;
  editQuestion: string;
  adminOnlyTitle: string;
  adminOnly: string;
  backHome: string;
  backToList: string;
  family: string;
  kind: string;
  status: string;
  search: string;
  searchPlaceholder: string;
  anyFamily: string;
  anyKind: string;
  statusPublished: string;
  statusRetired: string;
  statusAll: string;
  filter: string;
  clearFilters: string;
  /** Templates fill their {placeholders} with lib/i18n/fill.ts. */
  total: string;
  noQuestions: string;
  noMatches: string;
  questionZh: string;
  questionEn: string;
  tags: string;
  tagsHint: string;
  seconds: string;
  secondsRange: string;
  secondsMin: string;
  secondsMax: string;
  points: string;
  pointsHint: string;
  point: string;
  pointZh: string;
  pointEn: string;
  keywords: string;
  keywordsHint: string;
  addPoint: string;
  removePoint: string;
  choose: string;
  kinds: Record<QuestionKind, string>;
  edit: string;
  retire: string;
  restore: string;
  confirmRetire: string;
  saved: string;
  create: string;
  saveChanges: string;
  cancel: string;
  formError: string;
  signedOut: string;
  notFound: string;
  rateLimited: string;
  serverError: string;
  failed: string;
  /** One rule message a field: the schema's own messages are written for API clients (lib/validation/interviews.ts). */
  ruleFamily: string;
  ruleKind: string;
  ruleZh: string;
  ruleEn: string;
  ruleTags: string;
  rulePoints: string;
  rulePointZh: string;
  rulePointEn: string;
  ruleKeywords: string;
  ruleSeconds: string;
}

const zhTW: InterviewBankStrings = {
  title: '面試題庫管理',
  intro: 'AI 模擬面試從這裡出題。新增、修改、停用的題目會立刻用在之後的面試；已經進行的面試保留當時的題目。',
  addQuestion: '新增題目',
  editQuestion: '編輯題目',
  adminOnlyTitle: '沒有權限',
  adminOnly: '只有管理員可以管理面試題庫。',
  backHome: '回到首頁',
  backToList: '回到題庫',
  family: '職務類別',
  kind: '題型',
  status: '狀態',
  search: '搜尋',
  searchPlaceholder: '題目文字、標籤或代碼',
  anyFamily: '全部類別',
  anyKind: '全部題型',
  statusPublished: '使用中',
  statusRetired: '已停用',
  statusAll: '全部',
  filter: '篩選',
  clearFilters: '清除條件',
  total: '共 {n} 題',
  noQuestions: '題庫還沒有題目。',
  noMatches: '沒有符合條件的題目。',
  questionZh: '題目（中文）',
  questionEn: '題目（英文）',
  tags: '標籤',
  tagsHint: '以逗號或換行分隔，1–16 個。',
  seconds: '建議作答秒數',
  secondsRange: '{min}–{max} 秒',
  secondsMin: '最短秒數',
  secondsMax: '最長秒數',
  points: '回答重點',
  pointsHint: '好的回答該涵蓋的重點，2–8 個；分析回答時以關鍵字比對。全空的列不會送出。',
  point: '重點 {n}',
  pointZh: '重點 {n}（中文）',
  pointEn: '重點 {n}（英文）',
  keywords: '重點 {n} 關鍵字',
  keywordsHint: '以逗號分隔，中英文皆可。',
  addPoint: '新增重點',
  removePoint: '移除重點 {n}',
  choose: '請選擇',
  kinds: {
    self_introduction: '自我介紹',
    behavioral: '行為題',
    technical: '專業題',
    situational: '情境題',
    motivation: '動機題',
  },
  edit: '編輯',
  retire: '停用',
  restore: '恢復使用',
  confirmRetire: '確定要停用這題嗎？之後的面試不會再出這題，已經進行的面試不受影響，之後也可以恢復。',
  saved: '已儲存：{text}',
  create: '新增',
  saveChanges: '儲存變更',
  cancel: '取消',
  formError: '資料有誤，請檢查標示的欄位。',
  signedOut: '登入已過期，請重新登入。',
  notFound: '找不到這個題目。',
  rateLimited: '操作太頻繁，請稍候再試。',
  serverError: '伺服器發生錯誤，請稍後再試。',
  failed: '沒有成功，請再試一次。',
  ruleFamily: '請選擇職務類別',
  ruleKind: '請選擇題型',
  ruleZh: '請填寫中文題目，最多 300 個字',
  ruleEn: '請填寫英文題目，最多 400 個字',
  ruleTags: '標籤需要 1–16 個，每個最多 40 個字',
  rulePoints: '回答重點需要 2–8 個',
  rulePointZh: '請填寫中文重點，最多 120 個字',
  rulePointEn: '請填寫英文重點，最多 200 個字',
  ruleKeywords: '關鍵字需要 1–20 個，每個最多 40 個字',
  ruleSeconds: '最短 10–600 秒、最長 10–900 秒的整數，且最短要小於最長',
};

const en: InterviewBankStrings = {
  title: 'Interview question bank',
  intro:
    'The AI mock interview asks its questions from here. What you add, change or retire is used by the next interviews at once; interviews already given keep the questions they asked.',
  addQuestion: 'Add a question',
  editQuestion: 'Edit question',
  adminOnlyTitle: 'Not allowed',
  adminOnly: 'Only administrators may manage the interview question bank.',
  backHome: 'Back to the home page',
  backToList: 'Back to the bank',
  family: 'Job family',
  kind: 'Kind',
  status: 'Status',
  search: 'Search',
  searchPlaceholder: 'Question text, tag or key',
  anyFamily: 'Any family',
  anyKind: 'Any kind',
  statusPublished: 'In use',
  statusRetired: 'Retired',
  statusAll: 'All',
  filter: 'Filter',
  clearFilters: 'Clear filters',
  total: '{n} questions',
  noQuestions: 'The bank has no questions yet.',
  noMatches: 'No questions match these filters.',
  questionZh: 'Question (Chinese)',
  questionEn: 'Question (English)',
  tags: 'Tags',
  tagsHint: 'Separated by commas or new lines; 1–16 of them.',
  seconds: 'Recommended answer length',
  secondsRange: '{min}–{max} s',
  secondsMin: 'Shortest (seconds)',
  secondsMax: 'Longest (seconds)',
  points: 'Points of a good answer',
  pointsHint: 'What a good answer covers, 2–8 points; answers are matched by the keywords. Rows left empty are not sent.',
  point: 'Point {n}',
  pointZh: 'Point {n} (Chinese)',
  pointEn: 'Point {n} (English)',
  keywords: 'Point {n} keywords',
  keywordsHint: 'Separated by commas, in either language.',
  addPoint: 'Add a point',
  removePoint: 'Remove point {n}',
  choose: 'Choose…',
  kinds: {
    self_introduction: 'Self-introduction',
    behavioral: 'Behavioral',
    technical: 'Role-specific',
    situational: 'Situational',
    motivation: 'Motivation',
  },
  edit: 'Edit',
  retire: 'Retire',
  restore: 'Restore',
  confirmRetire:
    'Retire this question? Later interviews will not ask it; interviews already given keep it, and you can restore it at any time.',
  saved: 'Saved: {text}',
  create: 'Add',
  saveChanges: 'Save changes',
  cancel: 'Cancel',
  formError: 'Please check the highlighted fields.',
  signedOut: 'Your session has ended. Please log in again.',
  notFound: 'This question no longer exists.',
  rateLimited: 'Too many requests. Please wait a moment and try again.',
  serverError: 'Something went wrong on our side. Please try again later.',
  failed: 'That did not work. Please try again.',
  ruleFamily: 'Choose a job family',
  ruleKind: 'Choose a kind',
  ruleZh: 'Write the question in Chinese, at most 300 characters',
  ruleEn: 'Write the question in English, at most 400 characters',
  ruleTags: 'Give 1–16 tags of at most 40 characters each',
  rulePoints: 'Give 2–8 points',
  rulePointZh: 'Write the point in Chinese, at most 120 characters',
  rulePointEn: 'Write the point in English, at most 200 characters',
  ruleKeywords: 'Give 1–20 keywords of at most 40 characters each',
  ruleSeconds: 'Whole seconds: the shortest 10–600, the longest 10–900, and the shortest below the longest',
};

export const INTERVIEW_BANK: Dictionary<InterviewBankStrings> = { 'zh-TW': zhTW, en };
