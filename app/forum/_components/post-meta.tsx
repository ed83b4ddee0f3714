import Link from 'next/link';
import { taipeiDateTimeWithYear } from '@/lib/i18n/format';
import { forumHref } from '../_lib/list-query';

/** A moment as people in Taiwan read it, in the visitor's language. */
export function PostTime({ date, className }: { date: Date; className?: string }) {
  return (
    <time dateTime={date.toISOString()} className={className}>
      {taipeiDateTimeWithYear(date)}
    </time>
  );
}

/** A post's tags, each a link to the forum filtered by it. */
export function TagLinks({ tags, label }: { tags: string[]; label: string }) {
  if (tags.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag}>
          <Link href={forumHref({ tag })} className="rounded-full bg-brand-50 px-2.5 py-0.5 text-xs text-brand-700 hover:bg-brand-100">
            #{tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
