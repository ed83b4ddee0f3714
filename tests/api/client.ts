import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';

export const baseUrl = () => inject('baseUrl');

/** A made-up client address per caller, so each test has its own rate-limit budget (the server trusts X-Forwarded-For in tests). */
export function newIp(): string {
  const b = randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2]}`;
}

export interface CallOptions {
  method?: string;
  body?: unknown;
  rawBody?: BodyInit;
  token?: string;
  /** Send the credential as the ai-interview `token` header instead of Authorization: Bearer. */
  tokenHeader?: boolean;
  headers?: Record<string, string>;
  ip?: string;
}

export interface Reply<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

export async function call<T = Record<string, unknown>>(path: string, options: CallOptions = {}): Promise<Reply<T>> {
  const headers: Record<string, string> = { 'X-Forwarded-For': options.ip ?? newIp(), ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.token) {
    if (options.tokenHeader) headers.token = options.token;
    else headers.Authorization = `Bearer ${options.token}`;
  }
  const res = await fetch(`${baseUrl()}${path}`, {
    method: options.method ?? (options.body !== undefined || options.rawBody !== undefined ? 'POST' : 'GET'),
    headers,
    body: options.rawBody ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, headers: res.headers, body: body as T };
}

let counter = 0;
export function uniqueName(prefix = 'u'): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${counter}${randomBytes(2).toString('hex')}`;
}

export const PASSWORD = 'Passw0rdOk';

export interface TestUser {
  email: string;
  account: string;
  password: string;
  name: string;
  userId: string;
  accessToken: string;
  refreshToken: string;
}

/** A fresh user registered and logged in through the v1 contract. */
export async function newUser(): Promise<TestUser> {
  const account = uniqueName();
  const email = `${account}@example.com`;
  const ip = newIp();
  const reg = await call('/api/v1/auth/register', { body: { email, password: PASSWORD, displayName: account }, ip });
  if (reg.status !== 201) throw new Error(`register failed: ${reg.status} ${JSON.stringify(reg.body)}`);
  const login = await call<{ accessToken: string; refreshToken: string; user: { userId: string } }>('/api/v1/auth/login', {
    body: { email, password: PASSWORD },
    ip,
  });
  if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
  return {
    email,
    account: (await call<{ account: string }>('/api/users/profile', { token: login.body.accessToken })).body.account,
    password: PASSWORD,
    name: account,
    userId: login.body.user.userId,
    accessToken: login.body.accessToken,
    refreshToken: login.body.refreshToken,
  };
}

export const PROBLEM_TYPE = 'https://tools.ietf.org/html/rfc7807';
