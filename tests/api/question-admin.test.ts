import { describe, expect, it } from 'vitest';
import { PROBLEM_TYPE, adminToken, call, newUser, uniqueName } from './client';

// The admin side of the coding bank (issue 9; api-decisions V14–V16): create, publish after the
// proof through the real sandbox, update, retire; users get 403 on every write.

interface AdminQuestion {
  questionId: string;
  slug: string;
  title: string;
  difficulty: string;
  category: string;
  status: string;
  provenAt: string | null;
  solutions: Record<string, string>;
  hiddenTestCases: unknown[];
  translations: { 'zh-TW': { title: string } };
}

interface Problem {
  status: number;
  code: string;
  errors: Record<string, string[]>;
}

interface Proof {
  ok: boolean;
  languages: Array<{ language: string; ok: boolean; status: string; detail: string }>;
  errors: Record<string, string[]>;
}

const SOLUTIONS = {
  javascript: 'function addTwo(a, b) {\n  return a + b;\n}\n',
  typescript: 'function addTwo(a: number, b: number): number {\n  return a + b;\n}\n',
  python: 'class Solution:\n    def add_two(self, a: int, b: int) -> int:\n        return a + b\n',
  java: 'class Solution {\n    public int addTwo(int a, int b) {\n        return a + b;\n    }\n}\n',
  cpp: 'class Solution {\npublic:\n    int addTwo(int a, int b) {\n        return a + b;\n    }\n};\n',
};

const STARTER = {
  javascript: 'function addTwo(a, b) {\n  \n}\n',
  typescript: 'function addTwo(a: number, b: number): number {\n  \n}\n',
  python: 'class Solution:\n    def add_two(self, a: int, b: int) -> int:\n        pass\n',
  java: 'class Solution {\n    public int addTwo(int a, int b) {\n        \n    }\n}\n',
  cpp: 'class Solution {\npublic:\n    int addTwo(int a, int b) {\n        \n    }\n};\n',
};

const HIDDEN = [
  [7, 1],
  [0, 0],
  [-5, 5],
  [100, 200],
  [-1000, -1],
  [123456, 654321],
  [2147483647, 0],
  [-2147483648, 0],
  [42, -42],
  [9, 9],
].map(([a, b]) => ({ args: [a, b], expected: a! + b! }));

function draftBody(slug: string, difficulty: string, category: string) {
  return {
    slug,
    title: { en: 'Add Two Numbers Plainly', zh: '兩數相加' },
    difficulty,
    category,
    tags: ['math'],
    statement: { en: 'Return `a + b`.', zh: '回傳 `a + b`。' },
    examples: [{ input: 'a = 1, b = 2', output: '3', explanation: { en: '1 + 2 = 3', zh: '1 + 2 = 3' } }],
    constraints: ['-2^31 <= a, b <= 2^31 - 1', 'a + b fits in an int'],
    hints: [{ en: 'Use +.', zh: '用 +。' }],
    spec: {
      functionName: { javascript: 'addTwo', typescript: 'addTwo', python: 'add_two', java: 'addTwo', cpp: 'addTwo' },
      params: [
        { name: 'a', type: 'int' },
        { name: 'b', type: 'int' },
      ],
      returns: 'int',
      compare: 'exact',
    },
    limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
    starter: STARTER,
    solutions: { javascript: SOLUTIONS.javascript },
    visible: [
      { args: [1, 2], expected: 3 },
      { args: [3, 4], expected: 7 },
    ],
    hidden: HIDDEN,
  };
}

/** A difficulty and category no published question has, so §3.2 can only draw ours. */
async function emptyCorner(token: string): Promise<{ difficulty: string; category: string }> {
  const reply = await call<{ items: Array<{ difficulty: string; category: string }> }>('/api/v1/questions?pageSize=100&status=published', {
    token,
  });
  const taken = new Set(reply.body.items.map((q) => `${q.difficulty}/${q.category.toLowerCase().replace(/ /g, '-')}`));
  for (const difficulty of ['Hard', 'Medium', 'Easy']) {
    for (const category of ['design', 'heap', 'graph', 'linked-list', 'tree', 'string', 'stack', 'binary-search']) {
      if (!taken.has(`${difficulty}/${category}`)) return { difficulty, category };
    }
  }
  throw new Error('every corner of the bank is taken');
}

describe('admin writes to the coding question bank', () => {
  it('refuses users (403) on every write and bad bodies (400, every field named), writing nothing', async () => {
    const [user, token] = await Promise.all([newUser(), adminToken()]);
    const slug = uniqueName('nope-');
    const body = draftBody(slug, 'Easy', 'array');
    expect((await call('/api/v1/questions', { token: user.accessToken, body })).body).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect((await call('/api/v1/questions/q_1', { token: user.accessToken, method: 'PATCH', body: { tags: [] } })).status).toBe(403);
    expect((await call('/api/v1/questions/q_1', { token: user.accessToken, method: 'DELETE' })).status).toBe(403);
    expect((await call('/api/v1/questions/q_1/proof', { token: user.accessToken, method: 'POST' })).status).toBe(403);
    expect((await call('/api/v1/questions', { body })).status).toBe(401);

    const bad = await call<Problem>('/api/v1/questions', {
      token,
      body: {
        ...body,
        slug: 'Not A Slug',
        difficulty: 'Trivial',
        category: 'astrology',
        limits: { timeLimitMs: 999_999, memoryLimitMb: 1 },
        visible: [],
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ type: PROBLEM_TYPE, code: 'VALIDATION_ERROR' });
    expect(Object.keys(bad.body.errors).sort()).toEqual(
      ['Category', 'Difficulty', 'Limits.MemoryLimitMb', 'Limits.TimeLimitMs', 'Slug', 'Visible'].sort(),
    );

    // The spec is read by the sandbox's own validator: a case that does not fit it is refused.
    const badSpec = await call<Problem>('/api/v1/questions', {
      token,
      body: { ...body, spec: { ...body.spec, params: [{ name: 'a', type: 'int' }] } },
    });
    expect(badSpec.status).toBe(400);
    expect(badSpec.body.errors.Spec?.join(' ')).toMatch(/expected 1 arguments/);

    // Publishing a partial question names what is missing, before any code runs.
    const partial = await call<Problem>('/api/v1/questions', { token, body: { ...body, status: 'published' } });
    expect(partial.status).toBe(400);
    expect(partial.body.errors['Solutions.Python']).toEqual(['a reference solution in python is needed to publish']);

    const listed = await call<{ pagination: { totalItems: number } }>(`/api/v1/questions?q=${slug}`, { token });
    expect(listed.body.pagination.totalItems).toBe(0);
  });

  it('creates a draft, refuses to publish a wrong reference, publishes proven ones, serves and judges it, updates and retires it', async () => {
    const [user, token] = await Promise.all([newUser(), adminToken()]);
    const slug = uniqueName('add-two-');
    const corner = await emptyCorner(token);

    const created = await call<AdminQuestion>('/api/v1/questions', { token, body: draftBody(slug, corner.difficulty, corner.category) });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/api/v1/questions/${created.body.questionId}`);
    expect(created.body).toMatchObject({ slug, status: 'draft', provenAt: null, difficulty: corner.difficulty });
    expect(created.body.hiddenTestCases).toHaveLength(10);
    const id = created.body.questionId;
    expect((await call(`/api/v1/questions/${id}`, { token: user.accessToken })).status).toBe(404);
    expect((await call('/api/v1/questions', { token, body: draftBody(slug, 'Easy', 'array') })).body).toMatchObject({
      status: 409,
      code: 'CONFLICT',
    });

    // Python is wrong on the first hidden case (case 3), and a brute force that is fast enough proves
    // nothing about the limits: the proof names both, nothing is saved.
    const wrong = { ...SOLUTIONS, python: SOLUTIONS.python.replace('return a + b', 'return a + b if a != 7 else 0') };
    const refused = await call<Problem>(`/api/v1/questions/${id}`, {
      token,
      method: 'PATCH',
      body: { solutions: wrong, brute: { language: 'python', code: SOLUTIONS.python }, status: 'published' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('VALIDATION_ERROR');
    expect(refused.body.errors).toEqual({
      'Solutions.Python': ['wrong_answer at case 3'],
      Brute: [expect.stringMatching(/^accepted .*time_limit_exceeded/)],
    });
    const still = await call<AdminQuestion>(`/api/v1/questions/${id}`, { token });
    expect(still.body).toMatchObject({ status: 'draft', solutions: { javascript: SOLUTIONS.javascript } });

    // Saved as a draft, the stored proof shows each language's verdict.
    expect((await call(`/api/v1/questions/${id}`, { token, method: 'PATCH', body: { solutions: wrong } })).status).toBe(200);
    const proof = await call<Proof>(`/api/v1/questions/${id}/proof`, { token, method: 'POST' });
    expect(proof.status).toBe(200);
    expect(proof.body.ok).toBe(false);
    expect(Object.fromEntries(proof.body.languages.map((l) => [l.language, l.status]))).toEqual({
      javascript: 'accepted',
      typescript: 'accepted',
      python: 'wrong_answer',
      java: 'accepted',
      cpp: 'accepted',
    });

    const published = await call<AdminQuestion>(`/api/v1/questions/${id}`, {
      token,
      method: 'PATCH',
      body: { solutions: SOLUTIONS, status: 'published' },
    });
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('published');
    expect(Date.parse(published.body.provenAt ?? '')).toBeGreaterThan(Date.now() - 120_000);

    const drawn = await call<{ questionId: string; solutions?: unknown }>(
      `/api/v1/questions/random?difficulty=${corner.difficulty}&category=${corner.category}&language=python`,
      { token: user.accessToken },
    );
    expect(drawn.status).toBe(200);
    expect(drawn.body.questionId).toBe(id);
    expect(drawn.body).not.toHaveProperty('solutions');
    const judged = await call<{ status: string; problem: string; results: unknown[] }>('/api/v1/submissions', {
      token: user.accessToken,
      body: { questionId: id, language: 'python', code: SOLUTIONS.python },
    });
    expect(judged.status).toBe(201);
    expect(judged.body).toMatchObject({ status: 'accepted', problem: slug });
    expect(judged.body.results).toHaveLength(12);

    // Text changes keep the proof; the slug never changes.
    const renamed = await call<AdminQuestion>(`/api/v1/questions/${id}`, {
      token,
      method: 'PATCH',
      body: { title: { en: 'Add Two Integers', zh: '兩個整數相加' } },
    });
    expect(renamed.body).toMatchObject({ title: 'Add Two Integers', status: 'published', provenAt: published.body.provenAt });
    expect(renamed.body.translations['zh-TW'].title).toBe('兩個整數相加');
    const slugChange = await call<Problem>(`/api/v1/questions/${id}`, { token, method: 'PATCH', body: { slug: 'other' } });
    expect(slugChange.status).toBe(400);
    expect(slugChange.body.errors).toHaveProperty('Slug');

    const retired = await call<AdminQuestion>(`/api/v1/questions/${id}`, { token, method: 'DELETE' });
    expect(retired.status).toBe(200);
    expect(retired.body.status).toBe('retired');
    expect((await call(`/api/v1/questions/${id}`, { token: user.accessToken })).status).toBe(404);
    expect(
      (await call(`/api/v1/questions/random?difficulty=${corner.difficulty}&category=${corner.category}`, { token: user.accessToken }))
        .status,
    ).toBe(404);
    expect((await call<AdminQuestion>(`/api/v1/questions/${id}`, { token })).body.status).toBe('retired');
    const list = await call<{ items: Array<{ slug: string }> }>(`/api/v1/questions?status=retired&q=${slug}`, { token });
    expect(list.body.items.map((q) => q.slug)).toEqual([slug]);
  }, 180_000);
});
