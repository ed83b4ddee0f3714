import type { FieldErrors } from '@/lib/errors';
import { emptyRecord } from '@/lib/validation/hostile';
import type { Locale } from './messages';

/**
 * The shared schemas write their per-field messages in English, the language of the v1 contract
 * and of API clients. Pages show them in the visitor's language: each message is matched against
 * the templates the schemas use, its field name translated; a message with no translation is
 * shown as it is (never lost).
 */
const FIELDS: Record<string, string> = {
  Name: '姓名',
  'Display name': '顯示名稱',
  Email: '電子信箱',
  Account: '帳號',
  Password: '密碼',
  Phone: '電話',
  Address: '地址',
  Birthday: '生日',
  Status: '求職狀態',
  'Highest education': '最高學歷',
  Seniority: '工作年資',
  Avatar: '大頭照',
  Title: '標題',
  Content: '內容',
  Tag: '標籤',
  Comment: '留言',
  Company: '公司',
  Position: '職稱',
  'Interview date': '面試日期',
  'Interview sharing': '面試心得',
  Question: '題目',
  School: '學校',
  'Admission date': '入學日期',
  'Graduation date': '畢業日期',
  'Start date': '到職日期',
  'End date': '離職日期',
  Description: '說明',
  Autobiography: '自傳',
  Skill: '技能',
  URL: '網址',
  Language: '程式語言',
  Code: '程式碼',
  Input: '輸入',
};

const field = (name: string) => FIELDS[name] ?? name;

const ZH_TW: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^Password must be at least 8 characters/, () => '密碼必須8碼以上，且必須有大小寫字母及數字'],
  [/^(.+) is required$/, (m) => `請填寫${field(m[1]!)}`],
  [/^(.+) must be text$/, (m) => `${field(m[1]!)}必須是文字`],
  [/^(.+) must be at most ([\d,]+) characters$/, (m) => `${field(m[1]!)}最多 ${m[2]} 個字`],
  [/^(.+) must not be in the future$/, (m) => `${field(m[1]!)}不可晚於今天`],
  [/^(.+) must be a date written YYYY\/MM\/DD, or (.+)$/, (m) => `${field(m[1]!)}請填日期（YYYY/MM/DD）或「${m[2]}」`],
  [/^(.+) must be a date written YYYY\/MM\/DD$/, (m) => `${field(m[1]!)}請填日期（YYYY/MM/DD）`],
  [/^Graduation date must not be before the admission date$/, () => '畢業日期不可早於入學日期'],
  [/^End date must not be before the start date$/, () => '離職日期不可早於到職日期'],
  [/^Birthday must be a past date/, () => '生日必須是過去的日期（YYYY/MM/DD）'],
  [/^At most (\d+) tags$/, (m) => `最多 ${m[1]} 個標籤`],
  [/^At most (\d+) questions$/, (m) => `最多 ${m[1]} 個題目`],
  [/^At most (\d+) skills$/, (m) => `最多 ${m[1]} 項技能`],
  [/^At most (\d+) .* rows$/, (m) => `最多 ${m[1]} 筆`],
  [/^Email must be a valid email address$/, () => '請填寫有效的電子信箱'],
  [/^Email is already registered$/, () => '信箱已註冊過'],
  [/^Account is already taken$/, () => '帳號已註冊過'],
  [/^Account must be 3–32/, () => '帳號須為 3–32 個英文字母、數字、點、減號或底線'],
  [/^Phone must be 6–20 digits$/, () => '電話須為 6–20 位數字'],
  [/^Sex must be F or M$/, () => '請選擇性別'],
  [/^Avatar must be an image uploaded here/, () => '大頭照須為在此上傳的圖片，或 https: 網址'],
  [/^Avatar must be an image you uploaded$/, () => '大頭照須為你自己上傳的圖片'],
  [/^URL must be a web address/, () => '請填寫網址（https://…）'],
  [/^interview_result must be one of/, () => '請選擇面試結果'],
  [/^interview_difficulty must be one of/, () => '請選擇面試難度'],
  [/^interview_evaluation must be 1 to 5$/, () => '評分須為 1 到 5'],
  [/^Give either discussion or experience$/, () => '請指定要留言的討論或面試分享'],
  [/^Text must not contain NUL/, () => '文字不可包含 NUL 字元'],
  [/^Unknown field$/, () => '不認得的欄位'],
  [/^A résumé already exists/, () => '履歷已存在'],
];

/** One message in the visitor's language. */
export function localizeMessage(message: string, locale: Locale): string {
  if (locale !== 'zh-TW') return message;
  for (const [pattern, translate] of ZH_TW) {
    const match = pattern.exec(message);
    if (match) return translate(match);
  }
  return message;
}

/** Every message of a field-error map in the visitor's language (keys stay as they are). */
export function localizeFieldErrors(errors: FieldErrors, locale: Locale): FieldErrors {
  const out = emptyRecord<string[]>();
  for (const [key, messages] of Object.entries(errors)) out[key] = messages.map((m) => localizeMessage(m, locale));
  return out;
}
