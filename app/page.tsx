import {
  ArrowRight,
  BookOpenText,
  Bot,
  Building2,
  Code,
  History,
  MessagesSquare,
  PlayCircle,
  Ticket,
  Timer,
  Users,
  type LucideIcon,
} from 'lucide-react';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { getWebActor } from '@/app/_lib/auth';
import { getDictionary, getMessages } from '@/app/_lib/i18n';
import { getDb } from '@/db';
import type { UserActor } from '@/lib/auth/actor';
import { firstEasyProblem, homeOverview } from '@/lib/home/service';
import { fill } from '@/lib/i18n/fill';
import { taipeiDateTime } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import { PRACTICE } from '@/lib/i18n/practice';
import { HOME, type HomeStrings } from '@/lib/i18n/shell';

type FeatureKey = keyof HomeStrings['features'];
const FEATURES: Array<{ key: FeatureKey; href: string; icon: LucideIcon }> = [
  { key: 'interview', href: '/interview', icon: Bot },
  { key: 'practice', href: '/practice', icon: Code },
  { key: 'live', href: '/live', icon: Users },
  { key: 'forum', href: '/forum', icon: MessagesSquare },
  { key: 'experiences', href: '/experiences', icon: BookOpenText },
  { key: 'companies', href: '/companies', icon: Building2 },
];

/** The home: what CodeMeet is for a visitor; where they left off for a signed-in user. Server-rendered, no client code of its own. */
export default async function HomePage() {
  const [actor, { d, locale }] = await Promise.all([getWebActor(), getDictionary(HOME)]);
  return actor ? <SignedInHome actor={actor} d={d} locale={locale} /> : <Welcome d={d} />;
}

async function Welcome({ d }: { d: HomeStrings }) {
  const [{ t }, first] = await Promise.all([getMessages(), getDb().then(firstEasyProblem)]);
  return (
    <div className="space-y-12">
      <section className="space-y-5 py-8 text-center">
        <h1 className="text-3xl font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">{t.tagline}</h1>
        <p className="mx-auto max-w-2xl text-slate-600">{t.heroBody}</p>
        <div className="flex flex-wrap justify-center gap-3">
          <Link href="/signup" prefetch={false} className="btn">
            {t.getStarted}
          </Link>
          <Link
            href={first ? `/practice/${first.slug}` : '/practice'}
            prefetch={false}
            className="btn-secondary gap-2"
            data-testid="try-problem"
          >
            <PlayCircle className="size-4" aria-hidden />
            {d.tryProblem}
          </Link>
          <Link href="/login" prefetch={false} className="btn-secondary">
            {t.login}
          </Link>
        </div>
      </section>
      <section aria-labelledby="features" className="space-y-4">
        <h2 id="features" className="text-xl font-semibold text-slate-900">
          {d.featuresTitle}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {FEATURES.map(({ key, href, icon: Icon }) => (
            <li key={key}>
              {/* The AI interview needs an account: a visitor is taken to sign up. */}
              <Link
                href={key === 'interview' ? '/signup' : href}
                prefetch={false}
                className="card group flex h-full flex-col gap-2 p-5 transition-colors hover:border-brand-500"
              >
                <span className="flex items-center gap-2 font-semibold text-slate-900">
                  <Icon className="size-5 text-brand-600" aria-hidden />
                  {d.features[key].title}
                  <ArrowRight className="ml-auto size-4 text-slate-400 transition-transform group-hover:translate-x-0.5" aria-hidden />
                </span>
                <span className="text-sm text-slate-600">
                  {key === 'interview' ? `${d.features[key].body}${d.tryInterview}。` : d.features[key].body}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function Card({
  title,
  icon: Icon,
  children,
  className,
  testId,
}: {
  title: string;
  icon: LucideIcon;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <section className={`card flex min-w-0 flex-col gap-3 p-5 ${className ?? ''}`} data-testid={testId}>
      <h2 className="flex items-center gap-2 text-base font-semibold text-slate-900">
        <Icon className="size-5 text-brand-600" aria-hidden />
        {title}
      </h2>
      {children}
    </section>
  );
}

function CardLink({ href, children, primary = false }: { href: string; children: ReactNode; primary?: boolean }) {
  return (
    <Link href={href} prefetch={false} className={`${primary ? 'btn' : 'btn-secondary'} mt-auto gap-1.5 self-start`}>
      {children}
      <ArrowRight className="size-4" aria-hidden />
    </Link>
  );
}

async function SignedInHome({ actor, d, locale }: { actor: UserActor; d: HomeStrings; locale: Locale }) {
  const home = await homeOverview(await getDb(), actor);
  const p = PRACTICE[locale];
  const title = (q: { titleZh: string; titleEn: string }) => (locale === 'zh-TW' ? q.titleZh : q.titleEn || q.titleZh);
  const when = (at: Date) => taipeiDateTime(at);
  const difficulty = { Easy: p.easy, Medium: p.medium, Hard: p.hard };
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold text-slate-900">{fill(d.greeting, { name: actor.user.name })}</h1>
      {/* Cards in reading order; streaks and spaced reviews get their own cards here when they exist. */}
      <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
        <Card title={d.continueTitle} icon={History} testId="home-continue" className="md:col-span-2 lg:col-span-1">
          {home.lastProblem || home.unfinishedInterview ? (
            <ul className="space-y-3 text-sm">
              {home.lastProblem && (
                <li className="space-y-1">
                  <Link href={`/practice/${home.lastProblem.slug}`} prefetch={false} className="font-medium text-brand-600 hover:underline">
                    {title(home.lastProblem)}
                  </Link>
                  <p className="text-slate-500">
                    {difficulty[home.lastProblem.difficulty]}・
                    {home.lastProblem.status ? (p.verdict[home.lastProblem.status] ?? '') : d.onlyRun}・{when(home.lastProblem.at)}
                  </p>
                </li>
              )}
              {home.unfinishedInterview && (
                <li className="space-y-1">
                  <Link
                    href={`/interview/${home.unfinishedInterview.id}`}
                    prefetch={false}
                    className="font-medium text-brand-600 hover:underline"
                  >
                    {d.continueInterview}：{home.unfinishedInterview.position}
                  </Link>
                  <p className="text-slate-500">
                    {fill(d.interviewProgress, { answered: home.unfinishedInterview.answered, total: home.unfinishedInterview.total })}
                  </p>
                </li>
              )}
            </ul>
          ) : (
            <>
              <p className="text-sm text-slate-600">{d.nothingToContinue}</p>
              <div className="mt-auto flex flex-wrap gap-2">
                <CardLink href="/practice" primary>
                  {d.startPractice}
                </CardLink>
                <CardLink href="/interview">{d.startInterview}</CardLink>
              </div>
            </>
          )}
        </Card>
        <Card title={d.peerTitle} icon={Users} testId="home-peer">
          {home.liveRoom ? (
            <>
              <p className="text-sm text-slate-600">
                {home.liveRoom.status === 'active' ? d.liveRoomActive : d.liveRoomWaiting}：{title(home.liveRoom)}
              </p>
              <CardLink href={`/rooms/${home.liveRoom.roomId}`} primary>
                {d.rejoinRoom}
              </CardLink>
            </>
          ) : home.waiting ? (
            <>
              <p className="flex items-center gap-2 text-sm text-slate-600">
                <Timer className="size-4 shrink-0 text-amber-700" aria-hidden />
                {d.queueWaiting}
              </p>
              <CardLink href="/live">{d.openLobby}</CardLink>
            </>
          ) : (
            <>
              <p className="text-sm text-slate-600">{d.noPeerSession}</p>
              <CardLink href="/live">{d.findPartner}</CardLink>
            </>
          )}
        </Card>
        <Card title={d.balanceTitle} icon={Ticket} testId="home-balance">
          <p className="text-sm text-slate-600">
            {d.balanceBody}：<span className="text-2xl font-bold text-slate-900">{home.opportunities}</span>
          </p>
          <CardLink href="/opportunities">{d.balanceLink}</CardLink>
        </Card>
      </div>
      <section aria-labelledby="activity" className="space-y-3" data-testid="home-activity">
        <h2 id="activity" className="text-lg font-semibold text-slate-900">
          {d.activityTitle}
        </h2>
        <div className="grid gap-4 md:grid-cols-3">
          <Activity title={d.recentSubmissions} empty={d.noSubmissions}>
            {home.recentSubmissions.map((s) => (
              <li key={s.id} className="flex items-baseline justify-between gap-2">
                <Link href={`/practice/${s.slug}`} prefetch={false} className="truncate text-brand-600 hover:underline">
                  {title(s)}
                </Link>
                <span className={`shrink-0 text-xs ${s.status === 'accepted' ? 'text-emerald-700' : 'text-slate-500'}`}>
                  {p.verdict[s.status] ?? ''}
                </span>
              </li>
            ))}
          </Activity>
          <Activity title={d.recentInterviews} empty={d.noInterviews}>
            {home.recentInterviews.map((r) => (
              <li key={r.id} className="flex items-baseline justify-between gap-2">
                <Link href={`/interview/${r.id}`} prefetch={false} className="truncate text-brand-600 hover:underline">
                  {r.position}
                </Link>
                <span className="shrink-0 text-xs text-slate-500">{r.score === null ? d.noScore : fill(d.score, { score: r.score })}</span>
              </li>
            ))}
          </Activity>
          <Activity title={d.recentPosts} empty={d.noPosts}>
            {home.recentPosts.map((post) => (
              <li key={post.id} className="flex items-baseline justify-between gap-2">
                <Link href={`/forum/${post.id}`} prefetch={false} className="truncate text-brand-600 hover:underline">
                  {post.title}
                </Link>
                <span className="shrink-0 text-xs text-slate-500">{when(post.at)}</span>
              </li>
            ))}
          </Activity>
        </div>
      </section>
      <nav aria-labelledby="shortcuts" className="space-y-3">
        <h2 id="shortcuts" className="text-lg font-semibold text-slate-900">
          {d.shortcutsTitle}
        </h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {FEATURES.map(({ key, href, icon: Icon }) => (
            <li key={key}>
              <Link
                href={href}
                prefetch={false}
                className="card flex flex-col items-center gap-2 p-4 text-center text-sm text-slate-700 hover:border-brand-500"
              >
                <Icon className="size-5 text-brand-600" aria-hidden />
                {d.features[key].title}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}

function Activity({ title, empty, children }: { title: string; empty: string; children: ReactNode[] }) {
  return (
    <section className="card min-w-0 space-y-2 p-5">
      <h3 className="text-sm font-semibold text-slate-700">{title}</h3>
      {children.length === 0 ? <p className="text-sm text-slate-500">{empty}</p> : <ul className="space-y-1.5 text-sm">{children}</ul>}
    </section>
  );
}
