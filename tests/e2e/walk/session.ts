import { newIp } from './pages';

export interface SessionCookie {
  name: string;
  value: string;
}

/**
 * Signs in the way the log-in form does (next-auth's credentials callback) and answers the
 * session cookie, so every context of a worker shares one session without driving the form.
 */
export async function signIn(base: string, who: { email: string; password: string }): Promise<SessionCookie> {
  const ip = newIp();
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: { 'X-Forwarded-For': ip } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', cookie: csrfCookie, 'X-Forwarded-For': ip },
    body: new URLSearchParams({ csrfToken, identifier: who.email, password: who.password, json: 'true' }),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith('next-auth.session-token='));
  if (!session) throw new Error(`sign-in of ${who.email} gave no session cookie (${res.status})`);
  const [name, ...value] = session.split(';')[0]!.split('=');
  return { name: name!, value: value.join('=') };
}
