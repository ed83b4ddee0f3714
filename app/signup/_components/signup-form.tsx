'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { toast } from 'sonner';
import { Field } from '@/components/field';
import type { FieldErrors } from '@/lib/errors';
import type { Messages } from '@/lib/i18n/messages';
import { signupAction } from '../actions';

export function SignupForm({ t }: { t: Messages }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);

  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        start(async () => {
          const result = await signupAction(Object.fromEntries(form));
          if (result.ok) {
            // Signed in with the same credentials the log-in page uses; should that be refused
            // (its rate limit), the account exists and the log-in page says so.
            const signedIn = await signIn('credentials', {
              identifier: String(form.get('account') ?? ''),
              password: String(form.get('password') ?? ''),
              redirect: false,
            }).catch(() => null);
            if (!signedIn?.ok || signedIn.error) return router.push('/login?registered=1');
            toast.success(t.signupSignedIn);
            router.push('/resume');
            router.refresh();
            return;
          }
          setFailure(
            result.error === 'RATE_LIMIT_EXCEEDED'
              ? t.tooManyAttempts
              : result.error === 'INTERNAL_SERVER_ERROR'
                ? t.serverError
                : t.formError,
          );
          setErrors(result.fieldErrors ?? {});
        });
      }}
    >
      {failure && (
        <p className="rounded-md bg-red-50 p-3 text-sm text-red-700" role="alert">
          {failure}
        </p>
      )}
      <Field label={t.name} name="name" autoComplete="name" required errors={errors.name} />
      <Field label={t.email} name="email" type="email" autoComplete="email" required errors={errors.email} />
      <Field label={t.account} name="account" autoComplete="username" required errors={errors.account} />
      <Field
        label={t.password}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={t.passwordHint}
        errors={errors.password}
      />
      <button type="submit" className="btn w-full" disabled={pending}>
        {t.signup}
      </button>
    </form>
  );
}
