import type { Metadata } from 'next';
import Form from 'next/form';
import Link from 'next/link';
import { Pagination } from '@/components/pagination';
import { getDb } from '@/db';
import { viewerIdOf } from '@/lib/auth/actor';
import { getWebActor } from '@/app/_lib/auth';
import { listDiscussions, popularTags } from '@/lib/forum/discussions';
import { COMMUNITY } from '@/lib/i18n/community';
import { fill } from '@/lib/i18n/fill';
import { FORUM } from '@/lib/i18n/forum';
import { getDictionary } from '@/app/_lib/i18n';
import { DISCUSSION_SORTS } from '@/lib/validation/career';
import { DiscussionItem } from '../_components/discussion-item';
import { forumHref, forumListQuery } from '../_lib/list-query';

export async function generateMetadata(): Promise<Metadata> {
  const { d } = await getDictionary(FORUM);
  return { title: d.title };
}

const chip = (active: boolean) =>
  `rounded-full border px-3 py-1 text-sm ${active ? 'border-brand-500 bg-brand-50 text-brand-700' : 'border-slate-300 text-slate-600 hover:bg-slate-100'}`;

export default async function ForumPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = forumListQuery(await searchParams);
  const [db, actor, { d: t }, { d: c }] = await Promise.all([getDb(), getWebActor(), getDictionary(FORUM), getDictionary(COMMUNITY)]);
  const [list, popular] = await Promise.all([listDiscussions(db, viewerIdOf(actor), query), popularTags(db, 20)]);
  const { q, tag, sort } = query;
  const tags = popular.map((p) => p.tag);
  // A tag from a shared link still shows as the active filter when it is not among the popular ones.
  if (tag && !tags.includes(tag)) tags.unshift(tag);
  const sortLabels = { newest: t.sortNewest, favorites: t.sortFavorites, comments: t.sortComments };
  const filtered = Boolean(q || tag);

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold">{t.title}</h1>
          <p className="text-sm text-slate-600">{t.intro}</p>
        </div>
        <Link href={actor ? '/forum/new' : `/login?next=${encodeURIComponent('/forum/new')}`} className="btn">
          {t.newPost}
        </Link>
      </header>

      <div className="card space-y-4 p-5">
        <Form action="/forum" className="flex gap-2" role="search">
          <label htmlFor="forum-q" className="sr-only">
            {t.searchLabel}
          </label>
          <input
            id="forum-q"
            name="q"
            type="search"
            className="field"
            defaultValue={q ?? ''}
            placeholder={t.searchPlaceholder}
            maxLength={100}
          />
          {tag && <input type="hidden" name="tag" value={tag} />}
          {sort !== 'newest' && <input type="hidden" name="sort" value={sort} />}
          <button type="submit" className="btn shrink-0">
            {t.search}
          </button>
        </Form>
        <nav className="flex flex-wrap items-center gap-2" aria-label={t.sortLabel}>
          <span className="text-sm text-slate-500">{t.sortLabel}</span>
          {DISCUSSION_SORTS.map((s) => (
            <Link key={s} href={forumHref({ q, tag, sort: s })} className={chip(s === sort)} aria-current={s === sort ? 'page' : undefined}>
              {sortLabels[s]}
            </Link>
          ))}
        </nav>
        {tags.length > 0 && (
          <nav className="flex flex-wrap items-center gap-2" aria-label={t.popularTags}>
            <span className="text-sm text-slate-500">{t.popularTags}</span>
            <Link href={forumHref({ q, sort })} className={chip(!tag)} aria-current={tag ? undefined : 'page'}>
              {t.allTags}
            </Link>
            {tags.map((name) => (
              <Link
                key={name}
                href={forumHref({ q, sort, tag: name })}
                className={chip(name === tag)}
                aria-current={name === tag ? 'page' : undefined}
              >
                #{name}
              </Link>
            ))}
          </nav>
        )}
      </div>

      <p className="text-sm text-slate-600" role="status">
        {q ? fill(t.resultsFor, { q, n: list.total }) : tag ? fill(t.taggedWith, { tag, n: list.total }) : fill(t.total, { n: list.total })}
      </p>

      {list.items.length === 0 ? (
        <div className="card space-y-4 text-center" data-testid="forum-empty">
          <p className="text-slate-600">{filtered ? t.emptySearch : list.total === 0 ? t.emptyForum : t.emptyPage}</p>
          {filtered || list.total > 0 ? (
            <Link href="/forum" className="btn-secondary">
              {t.showAll}
            </Link>
          ) : (
            <Link href={actor ? '/forum/new' : `/login?next=${encodeURIComponent('/forum/new')}`} className="btn">
              {t.newPost}
            </Link>
          )}
        </div>
      ) : (
        <ol className="space-y-4">
          {list.items.map((discussion) => (
            <DiscussionItem key={discussion.id} discussion={discussion} signedIn={actor !== null} t={t} c={c} />
          ))}
        </ol>
      )}

      <Pagination
        path="/forum"
        params={{ q, tag, sort: sort === 'newest' ? undefined : sort }}
        page={list.page}
        perPage={list.perPage}
        total={list.total}
        t={c}
      />
    </div>
  );
}
