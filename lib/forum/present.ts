import type { CommentView } from './comments';
import type { DiscussionView } from './discussions';

// The ai-interview contract's shapes (snake_case, its own spellings: "update_at", "discussions_id",
// "Portfolio"); additions beside them are recorded in docs/api-decisions.md.

const viewerFields = (view: { favoriteId?: number | null }) => (view.favoriteId === undefined ? {} : { favorite_id: view.favoriteId });

/** ai-interview-api.md Discussions 2 and 3. */
export function legacyDiscussion(d: DiscussionView) {
  return {
    discussion_id: d.id,
    poster: d.poster,
    poster_id: d.authorId,
    posting_time: d.createdAt.toISOString(),
    updated_at: d.updatedAt.toISOString(),
    title: d.title,
    content: d.content,
    favorites: d.favorites,
    comments: d.comments,
    tags: d.tags,
    ...viewerFields(d),
  };
}

/** ai-interview-api.md Discussions 4: the body is "description" there; "content" beside it. */
export function legacyOwnDiscussion(d: DiscussionView) {
  return {
    discussion_id: d.id,
    posting_time: d.createdAt.toISOString(),
    updated_at: d.updatedAt.toISOString(),
    title: d.title,
    description: d.content,
    content: d.content,
    favorites: d.favorites,
    comments: d.comments,
    tags: d.tags,
  };
}

/** ai-interview-api.md Favorites 3: "discussions_id" as the contract spells it, "discussion_id" beside it. */
export function legacyFavoriteDiscussion(d: DiscussionView) {
  return {
    favorite_id: d.favoriteId ?? null,
    discussions_id: d.id,
    discussion_id: d.id,
    poster: d.poster,
    title: d.title,
    content: d.content,
    favorites: d.favorites,
    comments: d.comments,
    tags: d.tags,
  };
}

/** ai-interview-api.md Comments 1; `mine` when the caller sent a token. */
export function legacyComment(c: CommentView, viewerId: number | null) {
  return {
    id: c.id,
    author: { id: c.authorId, name: c.authorName },
    comment: c.content,
    created_at: c.createdAt.toISOString(),
    update_at: c.updatedAt.toISOString(),
    ...(viewerId === null ? {} : { mine: c.authorId === viewerId }),
  };
}
