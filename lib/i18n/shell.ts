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
