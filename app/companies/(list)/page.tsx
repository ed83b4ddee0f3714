import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db';
import { listCompanies } from '@/lib/experiences/companies';
import { EXPERIENCES } from '@/lib/i18n/experiences';
import { fill } from '@/lib/i18n/fill';
import { getDictionary } from '@/app/_lib/i18n';
import { companyHref } from '@/app/experiences/_components/labels';

export async function generateMetadata(): Promise<Metadata> {
  const { d } = await getDictionary(EXPERIENCES);
  return { title: d.companiesTitle };
}

export default async function CompaniesPage() {
  const [{ d }, db] = await Promise.all([getDictionary(EXPERIENCES), getDb()]);
  const companies = await listCompanies(db);
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{d.companiesTitle}</h1>
        <p className="text-sm text-slate-600">{d.companiesIntro}</p>
      </div>
      {companies.length === 0 ? (
        <p className="card text-center text-slate-500">{d.noCompanies}</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {companies.map((company) => (
            <li key={company.key}>
              <Link
                href={companyHref(company.name)}
                className="card flex items-baseline justify-between gap-3 p-4 hover:border-brand-500"
                data-testid="company-item"
              >
                <span className="font-semibold text-slate-900">{company.name}</span>
                <span className="shrink-0 text-sm text-slate-500">{fill(d.experiencesCount, { n: company.experiences })}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
