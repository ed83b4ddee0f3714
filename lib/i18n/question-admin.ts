import type { Dictionary } from './messages';

/** Strings of the admin pages of the coding question bank (/admin/questions). */
export interface QuestionAdminStrings {
  title: string;
  intro: string;
  addQuestion: string;
  editQuestion: string;
  adminOnlyTitle: string;
  adminOnly: string;
  backHome: string;
  backToList: string;
  status: string;
  difficulty: string;
  category: string;
  search: string;
  searchPlaceholder: string;
  any: string;
  statuses: Record<'draft' | 'published' | 'retired' | 'all', string>;
  filter: string;
  clearFilters: string;
  /** Templates fill their {placeholders} with lib/i18n/fill.ts. */
  total: string;
  noMatches: string;
  edit: string;
  retire: string;
  restore: string;
  confirmRetire: string;
  proven: string;
  notProven: string;
  slug: string;
  slugHint: string;
  titleEn: string;
  titleZh: string;
  tags: string;
  tagsHint: string;
  statementEn: string;
  statementZh: string;
  examples: string;
  constraints: string;
  constraintsHint: string;
  hints: string;
  spec: string;
  specHint: string;
  timeLimitMs: string;
  memoryLimitMb: string;
  starter: string;
  solutions: string;
  brute: string;
  bruteHint: string;
  visible: string;
  hidden: string;
  casesHint: string;
  jsonHint: string;
  notJson: string;
  runProof: string;
  proving: string;
  proofPassed: string;
  proofFailed: string;
  proofLanguage: string;
  proofVerdict: string;
  bruteForce: string;
  saveDraft: string;
  publish: string;
  saving: string;
  cancel: string;
  saved: string;
  formError: string;
  signedOut: string;
  notFound: string;
  conflict: string;
  rateLimited: string;
  unavailable: string;
  serverError: string;
}

const zhTW: QuestionAdminStrings = {
  title: '程式題庫管理',
  intro: '新增、編輯與下架練習題。題目要發布前，每種語言的參考解都必須在沙箱中通過每一筆測資（證明）。',
  addQuestion: '新增題目',
  editQuestion: '編輯題目',
  adminOnlyTitle: '僅限管理員',
  adminOnly: '程式題庫只有管理員可以管理。',
  backHome: '回首頁',
  backToList: '回題庫',
  status: '狀態',
  difficulty: '難度',
  category: '分類',
  search: '搜尋',
  searchPlaceholder: '標題、代稱或標籤',
  any: '全部',
  statuses: { draft: '草稿', published: '已發布', retired: '已下架', all: '全部' },
  filter: '篩選',
  clearFilters: '清除篩選',
  total: '共 {n} 題',
  noMatches: '沒有符合條件的題目。',
  edit: '編輯',
  retire: '下架',
  restore: '重新發布',
  confirmRetire: '要下架這一題嗎？使用者將看不到它，但提交紀錄會保留。',
  proven: '已證明',
  notProven: '未證明',
  slug: '代稱（網址）',
  slugHint: '小寫英數字與連字號，例如 two-sum；建立後不能更改。',
  titleEn: '標題（英文）',
  titleZh: '標題（中文）',
  tags: '標籤',
  tagsHint: '以逗號分隔。',
  statementEn: '題目敘述（英文，Markdown）',
  statementZh: '題目敘述（中文，Markdown）',
  examples: '範例（JSON）',
  constraints: '限制條件',
  constraintsHint: '一行一條。',
  hints: '提示（JSON）',
  spec: '函式簽章 spec（JSON）',
  specHint: '判題器的型別，例如 {"functionName": {...}, "params": [...], "returns": "int", "compare": "exact"}。',
  timeLimitMs: '每筆測資時間限制（毫秒）',
  memoryLimitMb: '記憶體限制（MB）',
  starter: '起始程式碼',
  solutions: '參考解',
  brute: '暴力解（JSON，可留空）',
  bruteHint: '{"language": "python", "code": "..."}：必須在最大的測資上超時。',
  visible: '公開測資（JSON）',
  hidden: '隱藏測資（JSON）',
  casesHint: '[{"args": [...], "expected": ...}]；發布需要至少 10 筆隱藏測資。',
  jsonHint: 'JSON 格式',
  notJson: '不是有效的 JSON',
  runProof: '執行證明',
  proving: '證明中…',
  proofPassed: '證明通過：每種語言的參考解都通過了每一筆測資。',
  proofFailed: '證明未通過，請修正後再發布。',
  proofLanguage: '語言',
  proofVerdict: '結果',
  bruteForce: '暴力解',
  saveDraft: '存成草稿',
  publish: '發布',
  saving: '儲存中…',
  cancel: '取消',
  saved: '已儲存「{title}」。',
  formError: '有欄位需要修正。',
  signedOut: '登入已過期，請重新登入。',
  notFound: '找不到這一題。',
  conflict: '代稱已被使用，或題目剛被別人修改過。',
  rateLimited: '請求過於頻繁，請稍後再試。',
  unavailable: '沙箱目前無法執行，請稍後再試。',
  serverError: '伺服器發生錯誤，請稍後再試。',
};

const en: QuestionAdminStrings = {
  title: 'Coding question bank',
  intro:
    'Add, edit and retire practice problems. Before a problem is published, every language’s reference solution must pass every case in the sandbox (the proof).',
  addQuestion: 'Add a question',
  editQuestion: 'Edit question',
  adminOnlyTitle: 'Administrators only',
  adminOnly: 'The coding question bank is managed by administrators only.',
  backHome: 'Back home',
  backToList: 'Back to the bank',
  status: 'Status',
  difficulty: 'Difficulty',
  category: 'Category',
  search: 'Search',
  searchPlaceholder: 'Title, slug or tag',
  any: 'Any',
  statuses: { draft: 'Draft', published: 'Published', retired: 'Retired', all: 'All' },
  filter: 'Filter',
  clearFilters: 'Clear filters',
  total: '{n} questions',
  noMatches: 'No question matches.',
  edit: 'Edit',
  retire: 'Retire',
  restore: 'Publish again',
  confirmRetire: 'Retire this question? Users will no longer see it; submissions are kept.',
  proven: 'Proven',
  notProven: 'Not proven',
  slug: 'Slug (address)',
  slugHint: 'Lowercase letters, digits and hyphens, as two-sum; it cannot change once created.',
  titleEn: 'Title (English)',
  titleZh: 'Title (Chinese)',
  tags: 'Tags',
  tagsHint: 'Separated by commas.',
  statementEn: 'Statement (English, Markdown)',
  statementZh: 'Statement (Chinese, Markdown)',
  examples: 'Examples (JSON)',
  constraints: 'Constraints',
  constraintsHint: 'One a line.',
  hints: 'Hints (JSON)',
  spec: 'Signature spec (JSON)',
  specHint: 'In the judge’s value types, as {"functionName": {...}, "params": [...], "returns": "int", "compare": "exact"}.',
  timeLimitMs: 'Time limit per case (ms)',
  memoryLimitMb: 'Memory limit (MB)',
  starter: 'Starter code',
  solutions: 'Reference solution',
  brute: 'Brute force (JSON, optional)',
  bruteHint: '{"language": "python", "code": "..."}: it must exceed the time limit on the largest case.',
  visible: 'Visible cases (JSON)',
  hidden: 'Hidden cases (JSON)',
  casesHint: '[{"args": [...], "expected": ...}]; publishing needs at least 10 hidden cases.',
  jsonHint: 'JSON',
  notJson: 'Not valid JSON',
  runProof: 'Run proof',
  proving: 'Proving…',
  proofPassed: 'The proof passed: every language’s reference solution passed every case.',
  proofFailed: 'The proof failed: fix it before publishing.',
  proofLanguage: 'Language',
  proofVerdict: 'Verdict',
  bruteForce: 'Brute force',
  saveDraft: 'Save as draft',
  publish: 'Publish',
  saving: 'Saving…',
  cancel: 'Cancel',
  saved: 'Saved “{title}”.',
  formError: 'Some fields need fixing.',
  signedOut: 'Your session has ended; please sign in again.',
  notFound: 'This question no longer exists.',
  conflict: 'The slug is taken, or someone else changed the question meanwhile.',
  rateLimited: 'Too many requests; try again shortly.',
  unavailable: 'The sandbox cannot run code right now; try again shortly.',
  serverError: 'Something went wrong on the server; try again shortly.',
};

export const QUESTION_ADMIN: Dictionary<QuestionAdminStrings> = { 'zh-TW': zhTW, en };
