import Link from 'next/link';
import { getWebActor } from '@/app/_lib/auth';
import { getMessages } from '@/app/_lib/i18n';

export default async function LandingPage() {
  const [{ t }, actor] = await Promise.all([getMessages(), getWebActor()]);
  const features = [
    { title: t.featureAi, body: t.featureAiBody },
    { title: t.featureCommunity, body: t.featureCommunityBody },
    { title: t.featureLive, body: t.featureLiveBody },
  ];
  return (
    <div className="space-y-12">
      <section className="space-y-5 py-8 text-center">
        <h1 className="text-4xl font-bold tracking-tight text-slate-900">{t.tagline}</h1>
        <p className="mx-auto max-w-2xl text-slate-600">{t.heroBody}</p>
        <div className="flex justify-center gap-3">
          {actor ? (
            <Link href="/profile" className="btn">
              {t.welcome}, {actor.user.name}
            </Link>
          ) : (
            <>
              <Link href="/signup" className="btn">
                {t.getStarted}
              </Link>
              <Link href="/login" className="btn-secondary">
                {t.login}
              </Link>
            </>
          )}
        </div>
      </section>
      <section className="grid gap-6 md:grid-cols-3">
        {features.map((f) => (
          <article key={f.title} className="card">
            <h2 className="mb-2 text-lg font-semibold">{f.title}</h2>
            <p className="text-sm text-slate-600">{f.body}</p>
          </article>
        ))}
      </section>
    </div>
  );
}
