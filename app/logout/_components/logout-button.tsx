'use client';

import { signOut } from 'next-auth/react';
import { useTransition } from 'react';
import { logoutAction } from '../actions';

export function LogoutButton({ label }: { label: string }) {
  const [pending, start] = useTransition();
  return (
    <button
      type="button"
      className="btn"
      disabled={pending}
      onClick={() =>
        start(async () => {
          await logoutAction();
          await signOut({ callbackUrl: '/login?loggedOut=1' });
        })
      }
    >
      {label}
    </button>
  );
}
