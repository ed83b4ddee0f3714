import type { Dictionary } from './messages';

/** Strings shared by the forum, interview experiences, companies and favorites. */
export interface CommunityStrings {
  favorite: string;
  unfavorite: string;
  /** Templates fill their {placeholders} with lib/i18n/fill.ts: they cross into client components as plain strings. */
  favoritesCount: string;
  commentsCount: string;
  comments: string;
  noComments: string;
  writeComment: string;
  commentPlaceholder: string;
  send: string;
  edit: string;
  delete: string;
  cancel: string;
  save: string;
  confirmDelete: string;
  signInToComment: string;
  signInToFavorite: string;
  previous: string;
  next: string;
  pageOf: string;
  loading: string;
  markdownHint: string;
  failed: string;
  tooLong: string;
  postedBy: string;
  edited: string;
}

const zhTW: CommunityStrings = {
  favorite: '收藏',
  unfavorite: '取消收藏',
  favoritesCount: '{n} 收藏',
  commentsCount: '{n} 留言',
  comments: '留言',
  noComments: '還沒有留言，來說第一句話吧。',
  writeComment: '留言',
  commentPlaceholder: '寫下你的想法（支援 Markdown）',
  send: '送出',
  edit: '編輯',
  delete: '刪除',
  cancel: '取消',
  save: '儲存',
  confirmDelete: '確定要刪除嗎？',
  signInToComment: '登入後即可留言',
  signInToFavorite: '登入後即可收藏',
  previous: '上一頁',
  next: '下一頁',
  pageOf: '第 {page} / {pages} 頁',
  loading: '載入中…',
  markdownHint: '支援 Markdown：**粗體**、*斜體*、`程式碼`、清單與連結。',
  failed: '沒有成功，請再試一次。',
  tooLong: '內容太長了',
  postedBy: '{name} 發表',
  edited: '已編輯',
};

const en: CommunityStrings = {
  favorite: 'Save',
  unfavorite: 'Saved',
  favoritesCount: '{n} saved',
  commentsCount: '{n} comments',
  comments: 'Comments',
  noComments: 'No comments yet. Start the conversation.',
  writeComment: 'Comment',
  commentPlaceholder: 'Share your thoughts (Markdown works)',
  send: 'Send',
  edit: 'Edit',
  delete: 'Delete',
  cancel: 'Cancel',
  save: 'Save',
  confirmDelete: 'Delete this for good?',
  signInToComment: 'Log in to comment',
  signInToFavorite: 'Log in to save',
  previous: 'Previous',
  next: 'Next',
  pageOf: 'Page {page} of {pages}',
  loading: 'Loading…',
  markdownHint: 'Markdown works: **bold**, *italic*, `code`, lists and links.',
  failed: 'That did not work. Please try again.',
  tooLong: 'That is too long',
  postedBy: 'by {name}',
  edited: 'edited',
};

export const COMMUNITY: Dictionary<CommunityStrings> = { 'zh-TW': zhTW, en };
