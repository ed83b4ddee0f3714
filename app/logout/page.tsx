import { getMessages } from '@/app/_lib/i18n';
import { LogoutButton } from './_components/logout-button';

export const metadata = { title: '登出 Log out' };

export default async function LogoutPage() {
  const { t } = await getMessages();
  return (
    <div className="card mx-auto max-w-md space-y-4 text-center">
      <h1 className="text-xl font-semibold">{t.logoutConfirm}</h1>
      <LogoutButton label={t.logout} />
    </div>
  );
}
