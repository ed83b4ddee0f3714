'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Field } from '@/components/field';
import type { Messages } from '@/lib/i18n/messages';

export function LoginForm({ t, next }: { t: Messages; next: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [failure, setFailure] = useState<string | null>(null);

  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        start(async () => {
          const result = await signIn('credentials', {
            identifier: String(form.get('identifier') ?? ''),
            password: String(form.get('password') ?? ''),
            redirect: false,
          });
          if (result?.ok && !result.error) {
            router.push(next);
            router.refresh();
          } else {
            // authorize() throws only these codes (app/_lib/next-auth.ts); anything else is a refused log-in.
            const error = result?.error;
            setFailure(
              error === 'RATE_LIMIT_EXCEEDED' ? t.tooManyAttempts : error === 'INTERNAL_SERVER_ERROR' ? t.serverError : t.loginFailed,
            );
          }
        });
      }}
    >
      {failure && (
        <p className="rounded-md bg-red-50 p-3 text-sm text-red-700" role="alert">
          {failure}
        </p>
      )}
      <Field label={t.accountOrEmail} name="identifier" autoComplete="username" required />
      <Field label={t.password} name="password" type="password" autoComplete="current-password" required />
      <button type="submit" className="btn w-full" disabled={pending}>
        {t.login}
      </button>
    </form>
  );
}
