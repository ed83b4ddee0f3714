import type { Locale } from './messages';

/**
 * The catalogue of validation messages: what the shared schemas (lib/validation) and the services
 * say about a field, by key, in each locale. API answers use English, the language of the v1
 * contract and of API clients; pages use the visitor's language. Strings are ICU MessageFormat
 * (`{field}`, `{max}`: plain arguments only), so they can move into next-intl's messages as
 * they are. `{field}` is itself a key of FIELD_LABELS, translated before it is put in.
 */
const FIELD_LABELS_EN = {
  name: 'Name',
  displayName: 'Display name',
  email: 'Email',
  account: 'Account',
  password: 'Password',
  refreshToken: 'Refresh token',
  avatar: 'Avatar',
  address: 'Address',
  status: 'Status',
  highestEducation: 'Highest education',
  seniority: 'Seniority',
  language: 'Language',
  code: 'Code',
  difficulty: 'Difficulty',
  testCaseInput: 'Test case input',
  expectedOutput: 'Expected output',
  title: 'Title',
  content: 'Content',
  tag: 'Tag',
  comment: 'Comment',
  company: 'Company',
  position: 'Position',
  interviewDate: 'Interview date',
  interviewSharing: 'Interview sharing',
  question: 'Question',
  school: 'School',
  department: 'Department',
  admissionDate: 'Admission date',
  graduationDate: 'Graduation date',
  startDate: 'Start date',
  endDate: 'End date',
  description: 'Description',
  autobiography: 'Autobiography',
  skill: 'Skill',
  url: 'URL',
  message: 'Message',
  // The AI interview's fields, named in English as its API names them.
  interviewPosition: 'position',
  interviewDescription: 'description',
  interviewQuestion: 'question',
  answer: 'answer',
  improved: 'improved',
  questionCount: 'question_count',
  secondsPerAnswer: 'seconds_per_answer',
  durationMs: 'duration_ms',
  interviewQuestionId: 'question_id',
  bankTag: 'tag',
  bankZh: 'zh',
  bankEn: 'en',
  // codemeet-api.md ids.
  userId: 'userId',
  matchId: 'matchId',
  questionId: 'questionId',
  participants: 'participants',
  targetUserId: 'targetUserId',
  strengths: 'strengths',
  improvements: 'improvements',
} as const;

export type FieldKey = keyof typeof FIELD_LABELS_EN;

const FIELD_LABELS: Record<Locale, Record<FieldKey, string>> = {
  en: FIELD_LABELS_EN,
  'zh-TW': {
    name: '姓名',
    displayName: '顯示名稱',
    email: '電子信箱',
    account: '帳號',
    password: '密碼',
    refreshToken: '更新權杖',
    avatar: '大頭照',
    address: '地址',
    status: '求職狀態',
    highestEducation: '最高學歷',
    seniority: '工作年資',
    language: '程式語言',
    code: '程式碼',
    difficulty: '難度',
    testCaseInput: '測資輸入',
    expectedOutput: '預期輸出',
    title: '標題',
    content: '內容',
    tag: '標籤',
    comment: '留言',
    company: '公司',
    position: '職稱',
    interviewDate: '面試日期',
    interviewSharing: '面試心得',
    question: '題目',
    school: '學校',
    department: '科系',
    admissionDate: '入學日期',
    graduationDate: '畢業日期',
    startDate: '到職日期',
    endDate: '離職日期',
    description: '說明',
    autobiography: '自傳',
    skill: '技能',
    url: '網址',
    message: '訊息',
    interviewPosition: '應徵職位',
    interviewDescription: '職缺說明',
    interviewQuestion: '題目',
    answer: '回答',
    improved: '改進重點',
    questionCount: '題數',
    secondsPerAnswer: '每題秒數',
    durationMs: '作答時間',
    interviewQuestionId: '題目編號',
    bankTag: '標籤',
    bankZh: '中文題目',
    bankEn: '英文題目',
    userId: '使用者',
    matchId: '配對',
    questionId: '題目',
    participants: '參與者',
    targetUserId: '評價對象',
    strengths: '優點',
    improvements: '待改進',
  },
};

const VALIDATION_MESSAGES_EN = {
  required: '{field} is required',
  notText: '{field} must be text',
  tooLong: '{field} must be at most {max} characters',
  wholeNumber: '{field} must be a whole number',
  atLeast: '{field} must be at least {min}',
  atMost: '{field} must be at most {max}',
  id: '{field} must be an id such as {example}',
  nul: 'Text must not contain NUL (\\u0000) characters',
  passwordRule: 'Password must be at least 8 characters and contain an upper-case letter, a lower-case letter and a digit',
  emailInvalid: 'Email must be a valid email address',
  emailTaken: 'Email is already registered',
  accountFormat: 'Account must be 3–32 letters, digits, dot, dash or underscore',
  accountTaken: 'Account is already taken',
  phoneFormat: 'Phone must be 6–20 digits',
  sexInvalid: 'Sex must be F or M',
  birthdayInvalid: 'Birthday must be a past date written YYYY/MM/DD',
  avatarUrl: 'Avatar must be an image uploaded here (/api/avatars/…) or an https: URL',
  avatarNotYours: 'Avatar must be an image you uploaded',
  dateFormat: '{field} must be a date written YYYY/MM/DD',
  dateFormatOrOpen: '{field} must be a date written YYYY/MM/DD, or {openEnd}',
  dateInFuture: '{field} must not be in the future',
  graduationBeforeAdmission: 'Graduation date must not be before the admission date',
  endBeforeStart: 'End date must not be before the start date',
  urlInvalid: 'URL must be a web address (https://…)',
  rowsNotList: '{rows} must be a list',
  rowsTooMany: 'At most {max} {rows} rows',
  skillsNotList: 'skill must be a list of names',
  skillsTooMany: 'At most {max} skills',
  tagsNotList: 'tags must be a list of labels',
  tagsTooMany: 'At most {max} tags',
  questionsNotList: 'interview_question must be a list of questions',
  questionsTooMany: 'At most {max} questions',
  interviewResult: 'interview_result must be one of {choices}',
  interviewDifficulty: 'interview_difficulty must be one of {choices}',
  interviewEvaluation: 'interview_evaluation must be 1 to 5',
  commentTarget: 'Give either discussion or experience',
  resumeExists: 'A résumé already exists; change it with PATCH',
  interviewLanguage: 'language must be zh or en',
  answerMode: 'mode must be typed or voice',
  role: 'Role must be interviewee or interviewer',
  enableVideo: 'enableVideo must be true or false',
} as const;

export type ValidationKey = keyof typeof VALIDATION_MESSAGES_EN;

const VALIDATION_MESSAGES: Record<Locale, Record<ValidationKey, string>> = {
  en: VALIDATION_MESSAGES_EN,
  'zh-TW': {
    required: '請填寫{field}',
    notText: '{field}必須是文字',
    tooLong: '{field}最多 {max} 個字',
    wholeNumber: '{field}必須是整數',
    atLeast: '{field}至少為 {min}',
    atMost: '{field}最多為 {max}',
    id: '{field}須為編號，例如 {example}',
    nul: '文字不可包含 NUL 字元',
    passwordRule: '密碼必須8碼以上，且必須有大小寫字母及數字',
    emailInvalid: '請填寫有效的電子信箱',
    emailTaken: '信箱已註冊過',
    accountFormat: '帳號須為 3–32 個英文字母、數字、點、減號或底線',
    accountTaken: '帳號已註冊過',
    phoneFormat: '電話須為 6–20 位數字',
    sexInvalid: '請選擇性別',
    birthdayInvalid: '生日必須是過去的日期（YYYY/MM/DD）',
    avatarUrl: '大頭照須為在此上傳的圖片，或 https: 網址',
    avatarNotYours: '大頭照須為你自己上傳的圖片',
    dateFormat: '{field}請填日期（YYYY/MM/DD）',
    dateFormatOrOpen: '{field}請填日期（YYYY/MM/DD）或「{openEnd}」',
    dateInFuture: '{field}不可晚於今天',
    graduationBeforeAdmission: '畢業日期不可早於入學日期',
    endBeforeStart: '離職日期不可早於到職日期',
    urlInvalid: '請填寫網址（https://…）',
    rowsNotList: '資料格式有誤',
    rowsTooMany: '最多 {max} 筆',
    skillsNotList: '技能必須是清單',
    skillsTooMany: '最多 {max} 項技能',
    tagsNotList: '標籤必須是清單',
    tagsTooMany: '最多 {max} 個標籤',
    questionsNotList: '題目必須是清單',
    questionsTooMany: '最多 {max} 個題目',
    interviewResult: '請選擇面試結果',
    interviewDifficulty: '請選擇面試難度',
    interviewEvaluation: '評分須為 1 到 5',
    commentTarget: '請指定要留言的討論或面試分享',
    resumeExists: '履歷已存在',
    interviewLanguage: '面試語言須為中文或英文',
    answerMode: '作答方式須為打字或語音',
    role: '請選擇面試官或應試者',
    enableVideo: '請選擇是否開啟視訊',
  },
};

export type MessageValues = { field?: FieldKey } & Record<string, string | number | undefined>;

/** A message by key with its values: what an issue or a service's field error carries. */
export interface MessageRef {
  key: ValidationKey;
  values?: MessageValues;
}

export const VALIDATION_CATALOGUE = { messages: VALIDATION_MESSAGES, fields: FIELD_LABELS } as const;

/** The placeholders a catalogue string names (`{field}`, `{max}`). */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

/** A message in a locale: ICU-style `{name}` arguments filled in, `{field}` with the field's label in that locale. */
export function formatValidationMessage(locale: Locale, ref: MessageRef): string {
  const values = ref.values ?? {};
  return VALIDATION_MESSAGES[locale][ref.key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (name === 'field' && values.field !== undefined) return FIELD_LABELS[locale][values.field];
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}
