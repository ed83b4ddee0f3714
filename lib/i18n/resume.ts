import type { Dictionary } from './messages';

/** The résumé editor's strings (plain strings: they cross into the client editor). */
export interface ResumeStrings {
  title: string;
  intro: string;
  autobiography: string;
  autobiographyHint: string;
  education: string;
  school: string;
  department: string;
  admissionDate: string;
  graduationDate: string;
  stillStudying: string;
  work: string;
  company: string;
  position: string;
  startDate: string;
  endDate: string;
  stillEmployed: string;
  workDescription: string;
  workDescriptionHint: string;
  portfolio: string;
  portfolioTitle: string;
  portfolioDescription: string;
  portfolioUrl: string;
  skills: string;
  skillsHint: string;
  addRow: string;
  removeRow: string;
  moveUp: string;
  moveDown: string;
  save: string;
  saved: string;
  saving: string;
  formError: string;
  preview: string;
  downloadPdf: string;
  saveBeforeDownload: string;
  empty: string;
  present: string;
}

const zhTW: ResumeStrings = {
  title: '我的履歷',
  intro: '填寫你的學歷、經歷、作品與技能；右邊即時預覽，儲存後可下載 PDF。AI 模擬面試會依你的履歷出題。',
  autobiography: '自傳',
  autobiographyHint: '介紹你自己：背景、動機與想做的事。空一行分段。',
  education: '學歷',
  school: '學校',
  department: '科系（選填）',
  admissionDate: '入學年月',
  graduationDate: '畢業年月',
  stillStudying: '在學中',
  work: '工作經驗',
  company: '公司',
  position: '職稱',
  startDate: '到職年月',
  endDate: '離職年月',
  stillEmployed: '在職中',
  workDescription: '工作內容（選填）',
  workDescriptionHint: '你負責什麼、做了什麼、有什麼成果，例如：負責電商前端，首頁載入時間縮短 40%。',
  portfolio: '作品集',
  portfolioTitle: '作品名稱',
  portfolioDescription: '說明',
  portfolioUrl: '網址（選填）',
  skills: '技能',
  skillsHint: '以逗號分隔，例如：Java, React, SQL',
  addRow: '新增一筆',
  removeRow: '移除',
  moveUp: '上移',
  moveDown: '下移',
  save: '儲存履歷',
  saved: '已儲存',
  saving: '儲存中…',
  formError: '資料有誤，請檢查標示的欄位。',
  preview: '預覽',
  downloadPdf: '下載 PDF',
  saveBeforeDownload: '有尚未儲存的變更，儲存後再下載。',
  empty: '還沒有內容',
  present: '在學中',
};

const en: ResumeStrings = {
  title: 'My résumé',
  intro:
    'Add your education, experience, work and skills; the preview follows as you type, and once saved you can download a PDF. AI mock interviews ask from your résumé.',
  autobiography: 'About me',
  autobiographyHint: 'Introduce yourself: background, motivation and what you want to do. A blank line starts a paragraph.',
  education: 'Education',
  school: 'School',
  department: 'Department (optional)',
  admissionDate: 'Started',
  graduationDate: 'Graduated',
  stillStudying: 'Still studying',
  work: 'Experience',
  company: 'Company',
  position: 'Position',
  startDate: 'Started',
  endDate: 'Left',
  stillEmployed: 'Still there',
  workDescription: 'What you did (optional)',
  workDescriptionHint:
    'What you were responsible for, what you did and what came of it, e.g. led the shop’s front end; home page loads 40% faster.',
  portfolio: 'Portfolio',
  portfolioTitle: 'Title',
  portfolioDescription: 'Description',
  portfolioUrl: 'Link (optional)',
  skills: 'Skills',
  skillsHint: 'Separated by commas, e.g. Java, React, SQL',
  addRow: 'Add',
  removeRow: 'Remove',
  moveUp: 'Move up',
  moveDown: 'Move down',
  save: 'Save résumé',
  saved: 'Saved',
  saving: 'Saving…',
  formError: 'Some fields need fixing; see the marked ones.',
  preview: 'Preview',
  downloadPdf: 'Download PDF',
  saveBeforeDownload: 'There are unsaved changes; save before downloading.',
  empty: 'Nothing here yet',
  present: 'present',
};

export const RESUME: Dictionary<ResumeStrings> = { 'zh-TW': zhTW, en };
