import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getWebActor } from '@/app/_lib/auth';
import { getMessages } from '@/app/_lib/i18n';
import { env } from '@/lib/env';
import { AvatarForm } from './_components/avatar-form';
import { ProfileForm } from './_components/profile-form';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.profile };
}

export default async function ProfilePage() {
  const [{ t, locale }, actor] = await Promise.all([getMessages(), getWebActor()]);
  if (!actor) redirect('/login?next=/profile');
  const user = actor.user;
  return (
    <div className="space-y-6">
      <div className="card space-y-4">
        <h1 className="text-2xl font-semibold">{t.profile}</h1>
        <AvatarForm t={t} avatarUrl={user.avatarUrl} name={user.name} maxBytes={env.AVATAR_MAX_BYTES} />
        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm text-slate-600 md:grid-cols-[auto_minmax(0,1fr)_auto_minmax(0,1fr)]">
          <dt>{t.account}</dt>
          <dd className="font-medium break-all text-slate-900">{user.account}</dd>
          <dt>{t.email}</dt>
          <dd className="font-medium break-all text-slate-900">{user.email}</dd>
          <dt>{t.opportunities}</dt>
          <dd className="font-medium text-slate-900">{user.opportunities}</dd>
          <dt>{t.memberSince}</dt>
          <dd className="font-medium text-slate-900">{user.createdAt.toLocaleDateString(locale, { timeZone: user.timezone })}</dd>
        </dl>
      </div>
      <div className="card">
        <ProfileForm
          t={t}
          initial={{
            name: user.name,
            phone: user.phone ?? '',
            address: user.address ?? '',
            sex: user.sex ?? '',
            birthday: user.birthday?.replaceAll('/', '-') ?? '',
            status: user.status ?? '',
            highestEducation: user.highestEducation ?? '',
            seniority: user.seniority ?? '',
          }}
        />
      </div>
    </div>
  );
}
