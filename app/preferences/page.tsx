import { redirect } from 'next/navigation';
import { getWebActor } from '@/app/_lib/auth';
import { getMessages } from '@/app/_lib/i18n';
import { PreferencesForm } from './_components/preferences-form';

export const metadata = { title: '偏好設定 Preferences' };

export default async function PreferencesPage() {
  const [{ t }, actor] = await Promise.all([getMessages(), getWebActor()]);
  if (!actor) redirect('/login?next=/preferences');
  return (
    <div className="card mx-auto max-w-xl space-y-6">
      <h1 className="text-2xl font-semibold">{t.preferences}</h1>
      <PreferencesForm t={t} initial={actor.user.preferences} />
    </div>
  );
}
