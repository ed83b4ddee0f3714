import type { Metadata } from 'next';
import { getDb } from '@/db';
import { requireWebActor } from '@/app/_lib/auth';
import { getOpportunities, interviewRewardRules } from '@/lib/gamification/service';
import { fill } from '@/lib/i18n/fill';
import { taipeiDateTime } from '@/lib/i18n/format';
import { getDictionary } from '@/app/_lib/i18n';
import { OPPORTUNITIES } from '@/lib/i18n/opportunities';
import { LedgerChart } from './_components/ledger-chart';

export async function generateMetadata(): Promise<Metadata> {
  const { d } = await getDictionary(OPPORTUNITIES);
  return { title: d.title };
}

export default async function OpportunitiesPage() {
  const [actor, { d }] = await Promise.all([requireWebActor('/opportunities'), getDictionary(OPPORTUNITIES)]);
  const { opportunities, nextResetAt, history } = await getOpportunities(await getDb(), actor);
  const points = [...history].reverse().map((entry) => ({ date: taipeiDateTime(entry.createdAt), balance: entry.balanceAfter }));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{d.title}</h1>
      <p className="text-slate-600">
        {fill(d.intro, { minutes: interviewRewardRules().minMinutes, perDay: interviewRewardRules().perDay })}
      </p>
      <section className="card flex flex-wrap gap-8">
        <div>
          <div className="text-sm text-slate-600">{d.balance}</div>
          <div className="text-4xl font-bold text-brand-600" data-testid="opportunity-balance">
            {opportunities}
          </div>
        </div>
        <div>
          <div className="text-sm text-slate-600">{d.nextReset}</div>
          <div className="text-lg">{taipeiDateTime(nextResetAt)}</div>
        </div>
      </section>
      {points.length >= 2 && (
        <section className="card space-y-2">
          <h2 className="font-semibold">{d.chart}</h2>
          <LedgerChart points={points} label={d.after} />
        </section>
      )}
      <section className="card space-y-2">
        <h2 className="font-semibold">{d.history}</h2>
        {history.length === 0 ? (
          <p className="text-slate-600">{d.empty}</p>
        ) : (
          <table className="w-full text-sm" data-testid="opportunity-history">
            <thead>
              <tr className="text-left text-slate-600">
                <th className="py-1">{d.when}</th>
                <th>{d.change}</th>
                <th>{d.reason}</th>
                <th>{d.after}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((entry) => (
                <tr key={entry.id} className="border-t border-slate-100">
                  <td className="py-1">{taipeiDateTime(entry.createdAt)}</td>
                  <td className={entry.amount < 0 ? 'text-red-700' : 'text-green-700'}>
                    {d.kinds[entry.kind]} {entry.amount > 0 ? `+${entry.amount}` : entry.amount}
                  </td>
                  <td>{d.reasons[entry.reason] ?? entry.reason}</td>
                  <td>{entry.balanceAfter}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
