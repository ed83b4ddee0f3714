import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { baseUrl, newAdminToken, call, newUser, type TestUser } from './client';
import { SYSTEM_TOKEN } from '../harness/processes';

interface Operation {
  security: unknown[];
  'x-role'?: string;
  responses: Record<string, { content?: Record<string, unknown> }>;
  parameters?: Array<{ name: string; in: string }>;
  requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> };
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
}

const JUNK: Array<[string, string]> = [
  ['null', 'null'],
  ['an array', '[1,2,3]'],
  ['a string', '"hello"'],
  ['a number', '42'],
  ['wrong types', '{"email":42,"password":true,"name":[],"account":{},"languages":"x","difficulty":7,"refreshToken":1,"sex":1}'],
  ['a 100k string', JSON.stringify({ name: 'x'.repeat(100_000), email: 'y'.repeat(100_000), password: 'Aa1'.repeat(30_000) })],
  ['deep nesting', `${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`],
  ['broken JSON', '{"email": '],
  ['NUL bytes and unpaired surrogates', '{"name":"\\u0000\\ud800","email":"a\\u0000@example.com"}'],
  ['keys named like Object members', '{"__proto__":{"role":"admin"},"constructor":1,"toString":"x","hasOwnProperty":[],"valueOf":null}'],
  ['Object-member keys nested', '{"preferences":{"__proto__":1},"languages":{"constructor":1}}'],
];

/** Values a well-formed request might carry, so the NUL (and nothing else) is what is wrong. */
const PLAUSIBLE: Record<string, unknown> = {
  name: 'Tester',
  displayName: 'Tester',
  email: 'tester@example.com',
  account: 'tester',
  password: 'Passw0rdOk',
  refreshToken: 'rt_abcdefghijklmnopqrstuvwxyz',
  language: 'python',
  code: 'print(1)',
  input: '',
  problem: 'two-sum',
  address: 'Taipei',
  languages: ['python'],
};

const doc = (await call<OpenApi>('/api/openapi.json')).body;
const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
  Object.entries(ops).map(([method, op]) => ({
    path,
    method: method.toUpperCase(),
    needsUser: op.security.length > 0 && !op.security.some((s) => Object.keys(s as object).length === 0),
    // Admin routes refuse a user (403) before reading the body: their bodies are checked as an admin.
    admin: op['x-role'] === 'admin',
    // System routes (SYSTEM_TOKEN, CRON_SECRET) likewise refuse anyone else first.
    system: op['x-role'] === 'system',
    jsonFields: Object.keys(op.requestBody?.content['application/json']?.schema.properties ?? {}),
    json: op.requestBody?.content['application/json'] !== undefined,
    // An event stream answers until the client leaves: its URLs are read by the stream's own tests.
    streams: Object.keys(op.responses['200']?.content ?? {}).includes('text/event-stream'),
  })),
);
const jsonOperations = operations.filter((op) => op.json);

/** A concrete path for a templated one, with each parameter replaced. */
const concrete = (path: string, value: string) => path.replace(/\{\w+\}/g, value);

function expectContractError(op: { path: string }, reply: { status: number; body: unknown }, what: string) {
  expect(reply.status, `${op.path} with ${what}`).toBeGreaterThanOrEqual(400);
  expect(reply.status, `${op.path} with ${what}`).toBeLessThan(500);
  if (op.path.startsWith('/api/v1/')) expect(reply.body).toMatchObject({ type: expect.any(String), status: reply.status });
  else expect(reply.body).toMatchObject({ message: expect.any(String) });
}

/** Nothing was written: the user's profile is as it was created. */
async function expectUntouched(user: TestUser) {
  const me = await call('/api/v1/users/me', { token: user.accessToken });
  expect(me.body).toMatchObject({
    displayName: user.name,
    avatarUrl: null,
    preferences: { languages: [], difficulty: 'Medium', enableVideo: true },
  });
  const profile = await call('/api/users/profile', { token: user.accessToken });
  expect(profile.body).toMatchObject({ name: user.name, address: null, phone: null });
}

type JsonOperation = (typeof jsonOperations)[number];

/** A user's own route is called by a fresh user, whose profile then shows whether anything was written. */
const byUser = (op: JsonOperation) => op.needsUser && !op.admin && !op.system;
/** An admin's or the system's route is called as them (anyone else is refused before the body is read); a public one as nobody. */
const tokenFor = async (op: JsonOperation) => (op.system ? SYSTEM_TOKEN : op.admin ? await newAdminToken() : undefined);

async function sendJunk(op: JsonOperation, token: string | undefined) {
  for (const [what, raw] of JUNK) {
    const reply = await call(concrete(op.path, 'sub_1'), {
      method: op.method,
      rawBody: raw,
      headers: { 'Content-Type': 'application/json' },
      token,
    });
    expectContractError(op, reply, what);
  }
}

async function sendNul(op: JsonOperation, token: string | undefined) {
  for (const field of op.jsonFields) {
    const body = { ...Object.fromEntries(op.jsonFields.filter((f) => f in PLAUSIBLE).map((f) => [f, PLAUSIBLE[f]])) };
    body[field] = Array.isArray(PLAUSIBLE[field]) ? ['ok', 'n\u0000ul'] : 'n\u0000ul';
    const reply = await call<{ errors?: Record<string, string[]> }>(concrete(op.path, 'sub_1'), {
      method: op.method,
      body,
      token,
    });
    expect(reply.status, `${op.method} ${op.path} with a NUL in ${field}`).toBe(400);
    const keys = Object.keys(reply.body.errors ?? {}).map((k) => k.toLowerCase());
    expect(
      keys.some((k) => k.startsWith(field.toLowerCase())),
      `${field} named in ${JSON.stringify(reply.body)}`,
    ).toBe(true);
  }
}

describe('bad input on every JSON route of the OpenAPI document', () => {
  it('has JSON routes to check', () => expect(jsonOperations.length).toBeGreaterThan(8));

  for (const op of jsonOperations) {
    const junk = `${op.method} ${op.path} answers every malformed body with a 4xx in its contract's shape`;
    const nul = `${op.method} ${op.path} refuses a NUL in any field with 400, naming the field`;
    if (byUser(op)) {
      const untouched = ', and writes nothing to the caller’s profile';
      it(junk + untouched, async () => {
        const user = await newUser();
        await sendJunk(op, user.accessToken);
        await expectUntouched(user);
      });
      it(nul + untouched, async () => {
        const user = await newUser();
        await sendNul(op, user.accessToken);
        await expectUntouched(user);
      });
    } else {
      it(junk, async () => sendJunk(op, await tokenFor(op)));
      it(nul, async () => sendNul(op, await tokenFor(op)));
    }
  }
});

async function sendHostileUrls(op: (typeof operations)[number], token: string | undefined) {
  const urls = [
    `${concrete(op.path, '%00')}`,
    `${concrete(op.path, '__proto__')}?__proto__=1&constructor=x&toString=%00&page=%00&sortBy=constructor`,
    `${concrete(op.path, 'constructor')}?hasOwnProperty=1`,
  ];
  for (const url of urls) {
    const reply = await call(url, {
      method: op.method,
      rawBody: op.json ? '{}' : undefined,
      headers: op.json ? { 'Content-Type': 'application/json' } : {},
      token,
    });
    expect(reply.status, `${op.method} ${url}`).toBeLessThan(500);
  }
}

describe('hostile query strings and path parameters on every route', () => {
  for (const op of operations.filter((o) => !o.streams)) {
    const title = `${op.method} ${op.path} never answers 5xx to NUL or Object-member names in its URL`;
    if (!op.needsUser) it(title, () => sendHostileUrls(op, undefined));
    // Log-out and token refresh end or rotate the session they are called with: that is what they are for.
    else if (/logout|refresh/.test(op.path)) it(title, async () => sendHostileUrls(op, (await newUser()).accessToken));
    else
      it(`${title}, and writes nothing to the caller’s profile`, async () => {
        const user = await newUser();
        await sendHostileUrls(op, user.accessToken);
        await expectUntouched(user);
      });
  }
});

/** One HTTP/1.1 exchange with a Host header no fetch() would send. */
function rawRequest(method: string, path: string, host: string): Promise<{ status: number; contentType: string; body: string }> {
  const { port } = new URL(baseUrl());
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1');
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const [head = '', body = ''] = data.split('\r\n\r\n');
      resolve({
        status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0),
        contentType: /content-type: ([^\r\n]+)/i.exec(head)?.[1] ?? '',
        body,
      });
    });
    socket.write(`${method} ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  });
}

describe('a malformed Host header', () => {
  const HOSTS = ['a b', 'a@b', '[::1', 'x:99999', 'evil.example/path'];

  for (const op of operations) {
    it(`${op.method} ${op.path} answers 400 in its contract's shape before anything else`, async () => {
      for (const host of HOSTS) {
        const reply = await rawRequest(op.method, concrete(op.path, '1'), host);
        expect(reply.status, `Host: ${host}`).toBe(400);
        const body = JSON.parse(reply.body) as Record<string, unknown>;
        if (op.path.startsWith('/api/v1/')) expect(body).toMatchObject({ status: 400, code: 'BAD_REQUEST', traceId: expect.any(String) });
        else expect(body).toMatchObject({ message: '資料有誤' });
      }
    });
  }

  it('and a path that is not valid percent-encoding are refused with 400, on pages and API alike', async () => {
    const host = `localhost:${new URL(baseUrl()).port}`;
    for (const path of ['/experiences/%', '/companies/a%zz', '/forum/%E4%B8'])
      expect((await rawRequest('GET', path, host)).status, path).toBe(400);
    const api = await rawRequest('GET', '/api/discussions/%zz', host);
    expect(api.status).toBe(400);
    expect(JSON.parse(api.body)).toMatchObject({ message: '資料有誤', errors: { Path: [expect.any(String)] } });
    const v1 = await rawRequest('GET', '/api/v1/submissions/%', host);
    expect(JSON.parse(v1.body)).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
    // Percent-encoded Chinese is a path like any other (a company nobody has shared: 404).
    expect((await rawRequest('GET', `/api/companies/${encodeURIComponent(`沒有這家公司${Date.now()}`)}`, host)).status).toBe(404);
  });

  it('answers 400 on pages and Socket.IO too, and a well-formed Host still works', async () => {
    for (const path of ['/', '/login', '/docs', '/api/auth/session', '/socket.io/?EIO=4&transport=polling']) {
      expect((await rawRequest('GET', path, 'a b')).status, path).toBe(400);
    }
    expect((await rawRequest('GET', '/login', `localhost:${new URL(baseUrl()).port}`)).status).toBe(200);
    expect((await rawRequest('GET', '/api/health', 'localhost')).status).toBe(200);
  });
});
