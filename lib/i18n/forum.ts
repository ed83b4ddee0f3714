import type { Dictionary } from './messages';

/** The forum's own strings (討論區); shared ones (favorites, comments, pagination) are in lib/i18n/community.ts. */
export interface ForumStrings {
  title: string;
  intro: string;
  newPost: string;
  newPostTitle: string;
  editPostTitle: string;
  backToForum: string;
  searchLabel: string;
  searchPlaceholder: string;
  search: string;
  sortLabel: string;
  sortNewest: string;
  sortFavorites: string;
  sortComments: string;
  popularTags: string;
  allTags: string;
  tagsOfPost: string;
  /** Templates fill their {placeholders} with lib/i18n/fill.ts: they cross into client components as plain strings. */
  total: string;
  resultsFor: string;
  taggedWith: string;
  emptyForum: string;
  emptySearch: string;
  emptyPage: string;
  showAll: string;
  fieldTitle: string;
  fieldContent: string;
  fieldTags: string;
  titlePlaceholder: string;
  contentPlaceholder: string;
  tagsPlaceholder: string;
  tagsHint: string;
  tagsCount: string;
  tooManyTags: string;
  publish: string;
  saveChanges: string;
  confirmDelete: string;
  formError: string;
  rateLimited: string;
  signedOut: string;
  notYours: string;
  notFoundTitle: string;
  notFoundBody: string;
  cannotEditTitle: string;
  cannotEditBody: string;
}

const zhTW: ForumStrings = {
  title: '討論區',
  intro: '求職、面試、刷題與職涯的大小問題，都可以在這裡問、在這裡聊。',
  newPost: '發文',
  newPostTitle: '發表新討論',
  editPostTitle: '編輯討論',
  backToForum: '回到討論區',
  searchLabel: '搜尋討論',
  searchPlaceholder: '搜尋標題、內容或標籤',
  search: '搜尋',
  sortLabel: '排序',
  sortNewest: '最新',
  sortFavorites: '最多收藏',
  sortComments: '最多留言',
  popularTags: '熱門標籤',
  allTags: '全部',
  tagsOfPost: '標籤',
  total: '共 {n} 篇討論',
  resultsFor: '「{q}」的搜尋結果：{n} 篇',
  taggedWith: '標籤 #{tag}：{n} 篇',
  emptyForum: '還沒有人發文，來發表第一篇討論吧！',
  emptySearch: '找不到符合條件的討論，換個關鍵字或標籤試試。',
  emptyPage: '這一頁沒有討論了。',
  showAll: '看全部討論',
  fieldTitle: '標題',
  fieldContent: '內容',
  fieldTags: '標籤',
  titlePlaceholder: '一句話說明你想討論什麼',
  contentPlaceholder: '詳細描述你的問題或經驗',
  tagsPlaceholder: '例如：前端, 面試, React',
  tagsHint: '以逗號或空白分隔，最多 5 個。',
  tagsCount: '{n} / 5 個標籤',
  tooManyTags: '最多只能有 5 個標籤',
  publish: '發布',
  saveChanges: '儲存變更',
  confirmDelete: '確定要刪除這篇討論嗎？它的留言與收藏也會一併刪除，無法復原。',
  formError: '資料有誤，請檢查標示的欄位。',
  rateLimited: '操作太頻繁了，請稍候一分鐘再試。',
  signedOut: '登入已失效，請重新登入後再試。',
  notYours: '只有作者可以修改這篇討論。',
  notFoundTitle: '找不到這篇討論',
  notFoundBody: '它可能已被作者刪除，或網址有誤。',
  cannotEditTitle: '無法編輯這篇討論',
  cannotEditBody: '這篇討論不存在，或你不是它的作者：只有作者可以編輯。',
};

const en: ForumStrings = {
  title: 'Forum',
  intro: 'Questions big and small about job hunting, interviews, practice and careers: ask and talk them through here.',
  newPost: 'New post',
  newPostTitle: 'Start a discussion',
  editPostTitle: 'Edit discussion',
  backToForum: 'Back to the forum',
  searchLabel: 'Search discussions',
  searchPlaceholder: 'Search titles, posts or tags',
  search: 'Search',
  sortLabel: 'Sort',
  sortNewest: 'Newest',
  sortFavorites: 'Most saved',
  sortComments: 'Most comments',
  popularTags: 'Popular tags',
  allTags: 'All',
  tagsOfPost: 'Tags',
  total: '{n} discussions',
  resultsFor: 'Results for “{q}”: {n}',
  taggedWith: 'Tagged #{tag}: {n}',
  emptyForum: 'Nobody has posted yet. Start the first discussion!',
  emptySearch: 'No discussion matches. Try another word or tag.',
  emptyPage: 'There are no discussions on this page.',
  showAll: 'Show all discussions',
  fieldTitle: 'Title',
  fieldContent: 'Post',
  fieldTags: 'Tags',
  titlePlaceholder: 'What would you like to discuss, in one line',
  contentPlaceholder: 'Describe your question or experience',
  tagsPlaceholder: 'e.g. frontend, interview, React',
  tagsHint: 'Separate with commas or spaces; up to 5.',
  tagsCount: '{n} of 5 tags',
  tooManyTags: 'At most 5 tags',
  publish: 'Publish',
  saveChanges: 'Save changes',
  confirmDelete: 'Delete this discussion for good? Its comments and saves go with it.',
  formError: 'Please check the highlighted fields.',
  rateLimited: 'Too many requests. Please wait a minute and try again.',
  signedOut: 'Your session has ended. Please log in again.',
  notYours: 'Only its author may change this discussion.',
  notFoundTitle: 'Discussion not found',
  notFoundBody: 'Its author may have deleted it, or the address is wrong.',
  cannotEditTitle: 'You cannot edit this discussion',
  cannotEditBody: 'It does not exist, or you are not its author: only the author may edit it.',
};

export const FORUM: Dictionary<ForumStrings> = { 'zh-TW': zhTW, en };
