import type { Dictionary } from './messages';

/** Strings of the interview-experience, company and favorites pages. */
export interface ExperienceStrings {
  experiencesTitle: string;
  experiencesIntro: string;
  shareExperience: string;
  editExperience: string;
  company: string;
  position: string;
  interviewDate: string;
  result: string;
  difficulty: string;
  evaluation: string;
  sharing: string;
  questions: string;
  resultAccepted: string;
  resultRejected: string;
  resultPending: string;
  difficultyEasy: string;
  difficultyMedium: string;
  difficultyHard: string;
  /** Templates fill their {placeholders} with lib/i18n/fill.ts. */
  stars: string;
  sharedBy: string;
  anyResult: string;
  anyDifficulty: string;
  companyPlaceholder: string;
  positionPlaceholder: string;
  filter: string;
  clearFilters: string;
  noExperiences: string;
  noMatches: string;
  choose: string;
  chooseResult: string;
  chooseDifficulty: string;
  noEvaluation: string;
  notRated: string;
  evaluationHint: string;
  interviewDateHint: string;
  sharingPlaceholder: string;
  question: string;
  addQuestion: string;
  removeQuestion: string;
  questionsHint: string;
  publish: string;
  saveChanges: string;
  confirmDelete: string;
  notAuthor: string;
  backToList: string;
  backToExperience: string;
  formError: string;
  signedOut: string;
  rateLimited: string;
  serverError: string;
  companiesTitle: string;
  companiesIntro: string;
  experiencesCount: string;
  noCompanies: string;
  resultShares: string;
  difficultySpread: string;
  averageEvaluation: string;
  evaluationsCount: string;
  noEvaluations: string;
  positions: string;
  topQuestions: string;
  askedTimes: string;
  companyExperiences: string;
  favoritesTitle: string;
  favoriteDiscussions: string;
  favoriteExperiences: string;
  noFavoriteDiscussions: string;
  noFavoriteExperiences: string;
}

const zhTW: ExperienceStrings = {
  experiencesTitle: '面試分享',
  experiencesIntro: '求職者分享的真實面試：公司、職位、過程、結果與被問到的題目。',
  shareExperience: '分享面試經驗',
  editExperience: '編輯面試分享',
  company: '公司',
  position: '職位',
  interviewDate: '面試日期',
  result: '面試結果',
  difficulty: '面試難度',
  evaluation: '面試評價',
  sharing: '面試心得',
  questions: '面試題目',
  resultAccepted: '已錄取',
  resultRejected: '未錄取',
  resultPending: '等待中',
  difficultyEasy: '簡單',
  difficultyMedium: '中等',
  difficultyHard: '困難',
  stars: '評價 {n} / 5',
  sharedBy: '{name} 分享',
  anyResult: '全部結果',
  anyDifficulty: '全部難度',
  companyPlaceholder: '例如：台積電',
  positionPlaceholder: '例如：後端工程師',
  filter: '篩選',
  clearFilters: '清除條件',
  noExperiences: '還沒有人分享面試經驗，來當第一位吧。',
  noMatches: '沒有符合條件的面試分享。',
  choose: '請選擇',
  chooseResult: '請選擇面試結果',
  chooseDifficulty: '請選擇面試難度',
  noEvaluation: '不評分',
  notRated: '未評分',
  evaluationHint: '1（很差）到 5（很好），可不填',
  interviewDateHint: '不能是未來的日期',
  sharingPlaceholder: '面試流程、氣氛、準備方式與心得',
  question: '第 {n} 題',
  addQuestion: '新增題目',
  removeQuestion: '移除',
  questionsHint: '每列一題，空白的列不會儲存。',
  publish: '發布',
  saveChanges: '儲存變更',
  confirmDelete: '確定要刪除這篇面試分享嗎？它的留言與收藏也會一併刪除。',
  notAuthor: '只有作者可以編輯這篇面試分享。',
  backToList: '回到面試分享',
  backToExperience: '回到這篇分享',
  formError: '資料有誤，請檢查標示的欄位。',
  signedOut: '登入已過期，請重新登入。',
  rateLimited: '操作太頻繁，請稍候再試。',
  serverError: '伺服器發生錯誤，請稍後再試。',
  companiesTitle: '公司',
  companiesIntro: '有面試分享的公司，分享最多的在前。',
  experiencesCount: '{n} 篇面試分享',
  noCompanies: '還沒有任何公司的面試分享。',
  resultShares: '面試結果',
  difficultySpread: '難度分布',
  averageEvaluation: '平均評價',
  evaluationsCount: '{n} 人評分',
  noEvaluations: '還沒有人評分',
  positions: '面試職位',
  topQuestions: '最常被問到的題目',
  askedTimes: '{n} 次',
  companyExperiences: '{name} 的面試分享',
  favoritesTitle: '我的收藏',
  favoriteDiscussions: '收藏的討論',
  favoriteExperiences: '收藏的面試分享',
  noFavoriteDiscussions: '還沒有收藏任何討論。',
  noFavoriteExperiences: '還沒有收藏任何面試分享。',
};

const en: ExperienceStrings = {
  experiencesTitle: 'Interview experiences',
  experiencesIntro: 'Real interviews shared by job seekers: company, position, how it went, the result and the questions asked.',
  shareExperience: 'Share an interview',
  editExperience: 'Edit interview experience',
  company: 'Company',
  position: 'Position',
  interviewDate: 'Interview date',
  result: 'Result',
  difficulty: 'Difficulty',
  evaluation: 'Rating',
  sharing: 'How it went',
  questions: 'Questions asked',
  resultAccepted: 'Offer',
  resultRejected: 'Rejected',
  resultPending: 'Waiting',
  difficultyEasy: 'Easy',
  difficultyMedium: 'Medium',
  difficultyHard: 'Hard',
  stars: 'Rated {n} of 5',
  sharedBy: 'shared by {name}',
  anyResult: 'Any result',
  anyDifficulty: 'Any difficulty',
  companyPlaceholder: 'e.g. TSMC',
  positionPlaceholder: 'e.g. Backend engineer',
  filter: 'Filter',
  clearFilters: 'Clear filters',
  noExperiences: 'Nobody has shared an interview yet. Be the first.',
  noMatches: 'No interview experiences match these filters.',
  choose: 'Choose…',
  chooseResult: 'Choose how it ended',
  chooseDifficulty: 'Choose how hard it was',
  noEvaluation: 'No rating',
  notRated: 'Not rated',
  evaluationHint: '1 (poor) to 5 (great), optional',
  interviewDateHint: 'Not in the future',
  sharingPlaceholder: 'The process, the atmosphere, how you prepared, what you learned',
  question: 'Question {n}',
  addQuestion: 'Add a question',
  removeQuestion: 'Remove',
  questionsHint: 'One question a row; empty rows are not saved.',
  publish: 'Publish',
  saveChanges: 'Save changes',
  confirmDelete: 'Delete this interview experience for good? Its comments and saves go with it.',
  notAuthor: 'Only its author may edit this interview experience.',
  backToList: 'Back to interview experiences',
  backToExperience: 'Back to the experience',
  formError: 'Please check the highlighted fields.',
  signedOut: 'Your session has ended. Please log in again.',
  rateLimited: 'Too many requests. Please wait a moment and try again.',
  serverError: 'Something went wrong on our side. Please try again later.',
  companiesTitle: 'Companies',
  companiesIntro: 'Companies with shared interviews, most shared first.',
  experiencesCount: 'Shared interviews: {n}',
  noCompanies: 'No company has shared interviews yet.',
  resultShares: 'Results',
  difficultySpread: 'Difficulty',
  averageEvaluation: 'Average rating',
  evaluationsCount: 'Ratings: {n}',
  noEvaluations: 'Nobody has rated it yet',
  positions: 'Positions',
  topQuestions: 'Questions asked most often',
  askedTimes: '{n}×',
  companyExperiences: 'Interviews at {name}',
  favoritesTitle: 'Favorites',
  favoriteDiscussions: 'Saved discussions',
  favoriteExperiences: 'Saved interview experiences',
  noFavoriteDiscussions: 'You have not saved any discussions yet.',
  noFavoriteExperiences: 'You have not saved any interview experiences yet.',
};

export const EXPERIENCES: Dictionary<ExperienceStrings> = { 'zh-TW': zhTW, en };
