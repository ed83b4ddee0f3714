import { randomBytes } from 'node:crypto';
import { expect, inject } from 'vitest';
import { SYSTEM_TOKEN } from '../harness/processes';
import { contractViolation } from './contract';

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
  /** Skip the check of the answer against the route's declared docs (only for answers no contract covers). */
  unchecked?: boolean;
  headers?: Record<string, string>;
  ip?: string;
  /** Another server than the suite's (one a test started itself). */
  base?: string;
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
  const method = options.method ?? (options.body !== undefined || options.rawBody !== undefined ? 'POST' : 'GET');
  const base = options.base ?? baseUrl();
  const res = await fetch(`${base}${path}`, {
    method,
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
  if (!options.unchecked) {
    // Every answer is held to what its route declares in /api/openapi.json (tests/api/contract.ts).
    const violation = await contractViolation(base, method, path, res.status, res.headers.get('content-type'), body);
    if (violation) throw new Error(`contract violation: ${violation}`);
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
export async function newUser(base?: string): Promise<TestUser> {
  const account = uniqueName();
  const email = `${account}@example.com`;
  const ip = newIp();
  const reg = await call('/api/v1/auth/register', { body: { email, password: PASSWORD, displayName: account }, ip, base });
  if (reg.status !== 201) throw new Error(`register failed: ${reg.status} ${JSON.stringify(reg.body)}`);
  const login = await call<{ accessToken: string; refreshToken: string; user: { userId: string } }>('/api/v1/auth/login', {
    body: { email, password: PASSWORD },
    ip,
    base,
  });
  if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
  return {
    email,
    account: (await call<{ account: string }>('/api/users/profile', { token: login.body.accessToken, base })).body.account,
    password: PASSWORD,
    name: account,
    userId: login.body.user.userId,
    accessToken: login.body.accessToken,
    refreshToken: login.body.refreshToken,
  };
}

export const PROBLEM_TYPE = 'https://tools.ietf.org/html/rfc7807';

/** Signs in the way the browser does (next-auth's credentials callback): the session cookie, if any, and where next-auth sends the browser. */
export async function browserSignIn(identifier: string, password: string, ip = newIp()): Promise<{ cookie?: string; url: string }> {
  const csrf = await fetch(`${baseUrl()}/api/auth/csrf`, { headers: { 'X-Forwarded-For': ip } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const res = await fetch(`${baseUrl()}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', cookie: csrfCookie, 'X-Forwarded-For': ip },
    body: new URLSearchParams({ csrfToken, identifier, password, json: 'true' }),
  });
  const { url } = (await res.json()) as { url: string };
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('next-auth.session-token='));
  return { cookie: cookie?.split(';')[0], url };
}

/** A new user named admin by the system caller, as an operator would (PUT /api/v1/users/{id}/role). */
export async function newAdminToken(): Promise<string> {
  const user = await newUser();
  const promoted = await call(`/api/v1/users/${user.userId}/role`, { method: 'PUT', token: SYSTEM_TOKEN, body: { role: 'admin' } });
  expect(promoted.status).toBe(200);
  return user.accessToken;
}

let admin: Promise<string> | undefined;

/** This test file's administrator (each file its own, and so its own per-user rate budget). */
export function adminToken(): Promise<string> {
  admin ??= newAdminToken();
  return admin;
}
