import 'server-only';
import { and, arrayContains, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db';
import { discussions, favorites, users } from '@/db/schema';
import { withTransaction, type TransactionScope } from '@/db/transaction';
import type { UserActor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { publish } from '@/lib/events';
import { indexText, queryText } from '@/lib/search/tokens';
import type { DiscussionListQuery, DiscussionPatch } from '@/lib/validation/career';
import { forgetKept, keptUntilChange } from './kept';

/** Lists' totals and popular tags change with the forum: this instance forgets them on commit, the others on the event. */
async function announceChange(tx: Db, scope: TransactionScope, discussionId: number): Promise<void> {
  await publish(tx, 'discussion.changed', { discussionId });
  scope.afterCommit(forgetKept);
}

/** A discussion as lists and pages show it: the post, its author's name and, for a signed-in viewer, their favorite. */
export interface DiscussionView {
  id: number;
  authorId: number;
  poster: string;
  title: string;
  content: string;
  tags: string[];
  favorites: number;
  comments: number;
  createdAt: Date;
  updatedAt: Date;
  /** The viewer's favorite of it (its id), or null; undefined when nobody is signed in. */
  favoriteId?: number | null;
}

export interface DiscussionPage {
  items: DiscussionView[];
  total: number;
  page: number;
  perPage: number;
}

/**
 * The post's search vectors: everything it says, and its title alone. Stripped of positions
 * (nothing ranks by them): a long post's vector then stays small enough to live in its row
 * uncompressed, so matching it costs a scan of the row, not a decompression.
 */
const searchColumns = (title: string, content: string, tags: string[]) => {
  const titleTokens = indexText(title);
  return {
    search: sql`strip(to_tsvector('simple', ${`${titleTokens} ${indexText(content, tags.join(' '))}`}))`,
    searchTitle: sql`strip(to_tsvector('simple', ${titleTokens}))`,
  };
};

/** The columns of a DiscussionView (the favorites list reuses them). */
export const discussionViewColumns = {
  id: discussions.id,
  authorId: discussions.userId,
  poster: users.name,
  title: discussions.title,
  content: discussions.content,
  tags: discussions.tags,
  favorites: discussions.favoritesCount,
  comments: discussions.commentsCount,
  createdAt: discussions.createdAt,
  updatedAt: discussions.updatedAt,
};

const viewColumns = (viewerId: number | null) =>
  viewerId === null ? discussionViewColumns : { ...discussionViewColumns, favoriteId: favorites.id };

function viewQuery(db: Db, viewerId: number | null) {
  const base = db.select(viewColumns(viewerId)).from(discussions).innerJoin(users, eq(users.id, discussions.userId));
  if (viewerId === null) return base;
  return base.leftJoin(favorites, and(eq(favorites.discussionId, discussions.id), eq(favorites.userId, viewerId)));
}

export async function createDiscussion(db: Db, actor: UserActor, input: { title: string; content: string; tags: string[] }) {
  return withTransaction(db, async (tx, scope) => {
    const [row] = await tx
      .insert(discussions)
      .values({
        userId: actor.userId,
        title: input.title,
        content: input.content,
        tags: input.tags,
        ...searchColumns(input.title, input.content, input.tags),
      })
      .returning({ id: discussions.id });
    await announceChange(tx, scope, row!.id);
    return row!;
  });
}

/**
 * The plain list (no search) is the forum's busiest query: prepared once per variant (viewer or
 * not, tag or not, sort) and database handle, so a page view does not build it again.
 */
const plainLists = new WeakMap<Db, Map<string, ReturnType<typeof buildPlainList>>>();

/** A list's order: by the sort asked for, then newest first. */
function orderOf(sort: DiscussionListQuery['sort']): SQL[] {
  const order: SQL[] = [];
  if (sort === 'favorites') order.push(desc(discussions.favoritesCount));
  if (sort === 'comments') order.push(desc(discussions.commentsCount));
  order.push(desc(discussions.createdAt), desc(discussions.id));
  return order;
}

function buildPlainList(db: Db, withViewer: boolean, withTag: boolean, sort: DiscussionListQuery['sort']) {
  const base = withViewer
    ? db
        .select({ ...discussionViewColumns, favoriteId: favorites.id })
        .from(discussions)
        .innerJoin(users, eq(users.id, discussions.userId))
        .leftJoin(favorites, and(eq(favorites.discussionId, discussions.id), eq(favorites.userId, sql.placeholder('viewer'))))
    : db.select(discussionViewColumns).from(discussions).innerJoin(users, eq(users.id, discussions.userId));
  return base
    .where(withTag ? sql`${discussions.tags} @> array[${sql.placeholder('tag')}]::text[]` : undefined)
    .orderBy(...orderOf(sort))
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('offset'))
    .prepare(`discussion_list_${withViewer ? 'v' : 'a'}_${withTag ? 't' : 'n'}_${sort}`);
}

function plainListStatement(db: Db, withViewer: boolean, withTag: boolean, sort: DiscussionListQuery['sort']) {
  let statements = plainLists.get(db);
  if (!statements) plainLists.set(db, (statements = new Map()));
  const key = `${withViewer}:${withTag}:${sort}`;
  let statement = statements.get(key);
  if (!statement) statements.set(key, (statement = buildPlainList(db, withViewer, withTag, sort)));
  return statement;
}

/**
 * The forum's list: newest first, or by favorites or comments; filtered by a tag; searched
 * (Chinese included, lib/search/tokens.ts), posts whose title matches first. Counts come from
 * the counters the services keep and totals are kept (./kept.ts), so a page costs one indexed
 * scan whatever the forum's size. (ts_rank would read every match's whole vector: 13 ms for a
 * common word over 10,000 posts, bench/forum.ts.)
 */
export async function listDiscussions(db: Db, viewerId: number | null, query: DiscussionListQuery): Promise<DiscussionPage> {
  const tag = query.tag ? arrayContains(discussions.tags, [query.tag]) : undefined;
  const order = orderOf(query.sort);
  const offset = (query.page - 1) * query.per_page;
  const page = (where: SQL | undefined, limit: number, skip: number) =>
    limit > 0
      ? viewQuery(db, viewerId)
          .where(where)
          .orderBy(...order)
          .limit(limit)
          .offset(skip)
      : Promise.resolve([]);
  const total = (key: string, where: SQL | undefined) =>
    keptUntilChange(JSON.stringify(['total', query.tag ?? null, key]), async () => {
      const [row] = await db.select({ n: count() }).from(discussions).where(where);
      return row?.n ?? 0;
    });

  if (!query.q) {
    const [items, n] = await Promise.all([
      plainListStatement(db, viewerId !== null, query.tag !== undefined, query.sort).execute({
        viewer: viewerId ?? 0,
        tag: query.tag ?? '',
        limit: query.per_page,
        offset,
      }),
      total('', tag),
    ]);
    return { items: items as DiscussionView[], total: n, page: query.page, perPage: query.per_page };
  }
  const terms = queryText(query.q);
  // A query with nothing searchable in it (only punctuation) finds nothing, rather than everything.
  if (!terms) return { items: [], total: 0, page: query.page, perPage: query.per_page };
  // Posts whose title matches come first, then the others; each part newest first (or by the
  // sort asked for). Two queries rather than one ORDER BY on the match: each part can stop after
  // its page, where one ordering would have to visit every match of a common word first.
  const tsquery = sql`plainto_tsquery('simple', ${terms})`;
  const inTitle = and(tag, sql`${discussions.searchTitle} @@ ${tsquery}`);
  const elsewhere = and(tag, sql`${discussions.search} @@ ${tsquery}`, sql`not (${discussions.searchTitle} @@ ${tsquery})`);
  const [titleTotal, allTotal] = await Promise.all([
    total(`title:${terms}`, inTitle),
    total(`all:${terms}`, and(tag, sql`${discussions.search} @@ ${tsquery}`)),
  ]);
  const fromTitles = Math.max(0, Math.min(query.per_page, titleTotal - offset));
  const [titled, others] = await Promise.all([
    page(inTitle, fromTitles, offset),
    page(elsewhere, query.per_page - fromTitles, Math.max(0, offset - titleTotal)),
  ]);
  return { items: [...titled, ...others] as DiscussionView[], total: allTotal, page: query.page, perPage: query.per_page };
}

export async function getDiscussion(db: Db, viewerId: number | null, id: number): Promise<DiscussionView> {
  const [row] = await viewQuery(db, viewerId).where(eq(discussions.id, id));
  if (!row) throw new AppError('NOT_FOUND', 'Discussion not found');
  return row as DiscussionView;
}

/** ai-interview-api.md Discussions 4: the caller's own posts, newest first. */
export async function listMyDiscussions(db: Db, actor: UserActor): Promise<DiscussionView[]> {
  const rows = await viewQuery(db, actor.userId)
    .where(eq(discussions.userId, actor.userId))
    .orderBy(desc(discussions.createdAt), desc(discussions.id));
  return rows as DiscussionView[];
}

/** Locks the row and checks it is the actor's: 404 when it does not exist, 403 when it is someone else's. */
async function ownDiscussion(tx: Db, actor: UserActor, id: number) {
  const [row] = await tx.select().from(discussions).where(eq(discussions.id, id)).for('update');
  if (!row) throw new AppError('NOT_FOUND', 'Discussion not found');
  if (row.userId !== actor.userId) throw new AppError('FORBIDDEN', 'Only its author may change a discussion');
  return row;
}

export async function updateDiscussion(db: Db, actor: UserActor, id: number, patch: DiscussionPatch): Promise<void> {
  await withTransaction(db, async (tx, scope) => {
    const current = await ownDiscussion(tx, actor, id);
    const next = { title: patch.title ?? current.title, content: patch.content ?? current.content, tags: patch.tags ?? current.tags };
    await tx
      .update(discussions)
      .set({ ...next, ...searchColumns(next.title, next.content, next.tags), updatedAt: sql`now()` })
      .where(eq(discussions.id, id));
    await announceChange(tx, scope, id);
  });
}

/** Deletes a post with its comments and favorites (foreign keys cascade within the one statement). */
export async function deleteDiscussion(db: Db, actor: UserActor, id: number): Promise<void> {
  await withTransaction(db, async (tx, scope) => {
    await ownDiscussion(tx, actor, id);
    await tx.delete(discussions).where(eq(discussions.id, id));
    await announceChange(tx, scope, id);
  });
}

/** The tags in use, most used first (the forum's tag filter): counted over every post, so kept until the forum changes. */
export async function popularTags(db: Db, limit = 30): Promise<Array<{ tag: string; count: number }>> {
  return keptUntilChange(JSON.stringify(['tags', limit]), () => {
    const used = db
      .select({ tag: sql<string>`unnest(${discussions.tags})`.as('tag') })
      .from(discussions)
      .as('used');
    return db.select({ tag: used.tag, count: count() }).from(used).groupBy(used.tag).orderBy(desc(count()), used.tag).limit(limit);
  });
}
