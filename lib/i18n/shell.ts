import type { Dictionary } from './messages';

/** The app's shell: the header, the home, the 404 and error pages. */
export type ShellStrings = {
  groupPractice: string;
  groupCommunity: string;
  mainNav: string;
  openMenu: string;
  closeMenu: string;
  menuTitle: string;
  accountMenu: string;
  profile: string;
  admin: string;
  theme: string;
  themeSystem: string;
  themeLight: string;
  themeDark: string;
  notFoundTitle: string;
  notFoundBody: string;
  backHome: string;
  errorTitle: string;
  errorBody: string;
  retry: string;
  errorRef: string;
};

export const shell: Dictionary<ShellStrings> = {
  'zh-TW': {
    groupPractice: '練習',
    groupCommunity: '社群',
    mainNav: '主選單',
    openMenu: '開啟選單',
    closeMenu: '關閉選單',
    menuTitle: '選單',
    accountMenu: '帳號選單',
    profile: '個人資料',
    admin: '管理',
    theme: '外觀主題',
    themeSystem: '跟隨系統',
    themeLight: '淺色',
    themeDark: '深色',
    notFoundTitle: '找不到這個頁面',
    notFoundBody: '網址可能打錯了，或這個頁面已經移除。',
    backHome: '回到首頁',
    errorTitle: '頁面發生錯誤',
    errorBody: '我們已記錄這個問題。請再試一次，若仍然失敗，請稍後再回來。',
    retry: '再試一次',
    errorRef: '錯誤代碼',
  },
  en: {
    groupPractice: 'Practice',
    groupCommunity: 'Community',
    mainNav: 'Main menu',
    openMenu: 'Open menu',
    closeMenu: 'Close menu',
    menuTitle: 'Menu',
    accountMenu: 'Account menu',
    profile: 'Profile',
    admin: 'Admin',
    theme: 'Theme',
    themeSystem: 'System',
    themeLight: 'Light',
    themeDark: 'Dark',
    notFoundTitle: 'Page not found',
    notFoundBody: 'The address may be mistyped, or the page has been removed.',
    backHome: 'Back to home',
    errorTitle: 'Something went wrong',
    errorBody: 'The problem has been logged. Please try again; if it keeps failing, come back later.',
    retry: 'Try again',
    errorRef: 'Error reference',
  },
};

/** The home page, for visitors and for signed-in users. */
export type HomeStrings = {
  tryProblem: string;
  tryInterview: string;
  featuresTitle: string;
  features: Record<'interview' | 'practice' | 'live' | 'forum' | 'experiences' | 'companies', { title: string; body: string }>;
  greeting: string;
  continueTitle: string;
  continueProblem: string;
  continueInterview: string;
  interviewProgress: string;
  onlyRun: string;
  nothingToContinue: string;
  startPractice: string;
  startInterview: string;
  peerTitle: string;
  liveRoomActive: string;
  liveRoomWaiting: string;
  rejoinRoom: string;
  queueWaiting: string;
  openLobby: string;
  noPeerSession: string;
  findPartner: string;
  balanceTitle: string;
  balanceBody: string;
  balanceLink: string;
  activityTitle: string;
  recentSubmissions: string;
  recentInterviews: string;
  recentPosts: string;
  noSubmissions: string;
  noInterviews: string;
  noPosts: string;
  score: string;
  noScore: string;
  shortcutsTitle: string;
};

export const HOME: Dictionary<HomeStrings> = {
  'zh-TW': {
    tryProblem: '先試一題',
    tryInterview: '註冊後開始 AI 模擬面試',
    featuresTitle: 'CodeMeet 能幫你做什麼',
    features: {
      interview: { title: 'AI 模擬面試', body: '選擇職缺，AI 面試官依你的履歷提問，逐題給你語速與具體改進建議。' },
      practice: { title: '程式練習', body: '線上題庫，瀏覽器內寫程式、執行範例、送出評測，不必安裝任何工具。' },
      live: { title: '同儕面試', body: '與其他求職者配對，輪流當面試官與應試者，共用編輯器與視訊。' },
      forum: { title: '討論區', body: '求職、轉職、薪資與面試準備，和正在找工作的人一起討論。' },
      experiences: { title: '面試分享', body: '真實的面試經驗：公司、職位、難度、結果與被問到的題目。' },
      companies: { title: '公司', body: '依公司整理面試分享，看看錄取率與常見題目。' },
    },
    greeting: '歡迎回來，{name}',
    continueTitle: '從上次停下的地方繼續',
    continueProblem: '繼續練習',
    continueInterview: '繼續面試',
    interviewProgress: '已回答 {answered}／{total} 題',
    onlyRun: '只執行過範例',
    nothingToContinue: '還沒有進行中的練習。挑一題開始吧！',
    startPractice: '前往程式練習',
    startInterview: '開始 AI 模擬面試',
    peerTitle: '同儕面試',
    liveRoomActive: '面試進行中',
    liveRoomWaiting: '房間等待雙方加入',
    rejoinRoom: '回到面試房間',
    queueWaiting: '正在等待配對，配對成功後會通知你。',
    openLobby: '查看配對狀態',
    noPeerSession: '目前沒有排定的同儕面試。',
    findPartner: '開始配對',
    balanceTitle: '面試機會',
    balanceBody: '剩餘機會',
    balanceLink: '查看紀錄',
    activityTitle: '最近的活動',
    recentSubmissions: '最近提交',
    recentInterviews: '模擬面試紀錄',
    recentPosts: '我的討論',
    noSubmissions: '還沒有提交紀錄。',
    noInterviews: '還沒有完成的模擬面試。',
    noPosts: '還沒有發表過討論。',
    score: '{score} 分',
    noScore: '未評分',
    shortcutsTitle: '所有功能',
  },
  en: {
    tryProblem: 'Try a problem',
    tryInterview: 'Sign up for an AI interview',
    featuresTitle: 'What CodeMeet does',
    features: {
      interview: { title: 'AI mock interview', body: 'Pick a role; the AI interviewer asks from your résumé and coaches each answer.' },
      practice: { title: 'Coding practice', body: 'A problem bank you solve in the browser: run the examples, submit for judging.' },
      live: { title: 'Peer interviews', body: 'Pair with another job seeker, take turns as interviewer, share an editor and video.' },
      forum: { title: 'Forum', body: 'Job hunting, career changes, pay and preparation, discussed with people doing the same.' },
      experiences: { title: 'Interview stories', body: 'Real interviews: company, role, difficulty, result and the questions asked.' },
      companies: { title: 'Companies', body: 'Interview stories by company, with results and common questions.' },
    },
    greeting: 'Welcome back, {name}',
    continueTitle: 'Pick up where you left off',
    continueProblem: 'Continue practising',
    continueInterview: 'Resume interview',
    interviewProgress: '{answered}/{total} answered',
    onlyRun: 'Examples run only',
    nothingToContinue: 'Nothing in progress yet. Pick a problem to start!',
    startPractice: 'Go to coding practice',
    startInterview: 'Start an AI interview',
    peerTitle: 'Peer interview',
    liveRoomActive: 'Interview under way',
    liveRoomWaiting: 'Room waiting for both of you',
    rejoinRoom: 'Back to the room',
    queueWaiting: 'Waiting for a partner; you will be told when matched.',
    openLobby: 'See the queue',
    noPeerSession: 'No peer interview scheduled.',
    findPartner: 'Find a partner',
    balanceTitle: 'Interview opportunities',
    balanceBody: 'Remaining',
    balanceLink: 'See history',
    activityTitle: 'Recent activity',
    recentSubmissions: 'Latest submissions',
    recentInterviews: 'AI interview records',
    recentPosts: 'My discussions',
    noSubmissions: 'No submissions yet.',
    noInterviews: 'No finished AI interviews yet.',
    noPosts: 'No discussions posted yet.',
    score: '{score} points',
    noScore: 'Not scored',
    shortcutsTitle: 'Everything',
  },
};
