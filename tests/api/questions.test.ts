import { describe, expect, it } from 'vitest';
import { PROBLEM_TYPE, adminToken, call, newUser } from './client';

// codemeet-api.md §3 Question Service over the seeded practice bank (db/seed/problems).

interface Question {
  questionId: string;
  title: string;
  difficulty: string;
  category: string;
  description: string;
  examples: Array<{ input: string; output: string; explanation?: string }>;
  constraints: string[];
  hints: string[];
  starterCode: Record<string, string>;
  slug: string;
  translations: { 'zh-TW': { title: string; description: string } };
  visibleTestCases: Array<{ input: string; expectedOutput: string }>;
  solved: boolean;
  solutions?: Record<string, string>;
  hiddenTestCases?: unknown[];
}

interface QuestionPage {
  items: Array<{ questionId: string; title: string; difficulty: string; category: string; slug: string; status: string }>;
  pagination: { page: number; pageSize: number; totalItems: number; totalPages: number };
}

const CONTRACT_FIELDS = ['questionId', 'title', 'difficulty', 'category', 'description', 'examples', 'constraints', 'hints', 'starterCode'];

const CATEGORIES = [
  'array',
  'string',
  'hash-table',
  'two-pointers',
  'stack',
  'linked-list',
  'tree',
  'graph',
  'binary-search',
  'dynamic-programming',
  'heap',
  'design',
];

async function allQuestions(): Promise<QuestionPage['items']> {
  const reply = await call<QuestionPage>('/api/v1/questions?pageSize=100&status=published', { token: await adminToken() });
  expect(reply.status).toBe(200);
  return reply.body.items;
}

describe('GET /api/v1/questions/random (3.2)', () => {
  it('returns a whole question in the contract’s shape, in English with the Chinese beside it, and no secrets', async () => {
    const user = await newUser();
    const reply = await call<Question>('/api/v1/questions/random?difficulty=Medium&language=JavaScript', { token: user.accessToken });
    expect(reply.status).toBe(200);
    for (const field of CONTRACT_FIELDS) expect(reply.body, field).toHaveProperty(field);
    expect(reply.body.questionId).toMatch(/^q_\d+$/);
    expect(reply.body.difficulty).toBe('Medium');
    expect(Object.keys(reply.body.starterCode).sort()).toEqual(['cpp', 'java', 'javascript', 'python', 'typescript']);
    expect(reply.body.translations['zh-TW'].title).toMatch(/\p{Script=Han}/u);
    expect(reply.body.visibleTestCases.length).toBeGreaterThan(0);
    expect(reply.body).not.toHaveProperty('solutions');
    expect(reply.body).not.toHaveProperty('hiddenTestCases');
  });

  it('refuses filters it does not know with 400 ProblemDetails naming each', async () => {
    const user = await newUser();
    const reply = await call<{ errors: Record<string, string[]> }>(
      '/api/v1/questions/random?difficulty=Impossible&language=COBOL&category=astrology',
      {
        token: user.accessToken,
      },
    );
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ type: PROBLEM_TYPE, status: 400, code: 'VALIDATION_ERROR' });
    expect(
      Object.keys(reply.body.errors)
        .map((k) => k.toLowerCase())
        .sort(),
    ).toEqual(['category', 'difficulty', 'language']);
  });

  it('answers 404 QUESTION_NOT_FOUND when no question matches, and 401 without a token', async () => {
    const user = await newUser();
    // A difficulty and category no published question has (the bank has questions of every category).
    const taken = new Set((await allQuestions()).map((q) => `${q.difficulty}/${q.category.toLowerCase().replace(/ /g, '-')}`));
    const empty = ['Easy', 'Medium', 'Hard']
      .flatMap((difficulty) => CATEGORIES.map((category) => ({ difficulty, category })))
      .find(({ difficulty, category }) => !taken.has(`${difficulty}/${category}`));
    if (!empty) throw new Error('every difficulty of every category has a published question');
    expect(
      await call(`/api/v1/questions/random?difficulty=${empty.difficulty}&category=${empty.category}`, { token: user.accessToken }),
    ).toMatchObject({ status: 404, body: { code: 'QUESTION_NOT_FOUND' } });
    expect((await call('/api/v1/questions/random')).status).toBe(401);
  });
});

describe('GET /api/v1/questions/{questionId} (3.1)', () => {
  it('shows a user the question without its hidden cases or solutions, and an admin everything', async () => {
    const [first] = await allQuestions();
    const user = await newUser();
    const mine = await call<Question>(`/api/v1/questions/${first!.questionId}`, { token: user.accessToken });
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ questionId: first!.questionId, slug: first!.slug, solved: false });
    expect(mine.body).not.toHaveProperty('solutions');
    expect(mine.body).not.toHaveProperty('hiddenTestCases');

    const admin = await call<Question>(`/api/v1/questions/${first!.questionId}`, { token: await adminToken() });
    expect(Object.keys(admin.body.solutions ?? {}).sort()).toEqual(['cpp', 'java', 'javascript', 'python', 'typescript']);
    expect(admin.body.hiddenTestCases?.length).toBeGreaterThanOrEqual(10);
  });

  it('answers 404 QUESTION_NOT_FOUND for an id that is not there or not an id', async () => {
    const user = await newUser();
    for (const id of ['q_99999999', 'q_abc', '0']) {
      expect(await call(`/api/v1/questions/${id}`, { token: user.accessToken }), id).toMatchObject({
        status: 404,
        body: { code: 'QUESTION_NOT_FOUND' },
      });
    }
  });
});

describe('GET /api/v1/questions (3.3, admins)', () => {
  it('is for admins only: a user gets 403', async () => {
    const user = await newUser();
    expect(await call('/api/v1/questions', { token: user.accessToken })).toMatchObject({ status: 403, body: { type: PROBLEM_TYPE } });
  });

  it('pages, filters and searches the bank', async () => {
    const token = await adminToken();
    const page = await call<QuestionPage>('/api/v1/questions?page=1&pageSize=1', { token });
    expect(page.status).toBe(200);
    expect(page.body.items).toHaveLength(1);
    expect(page.body.pagination).toMatchObject({ page: 1, pageSize: 1 });
    expect(page.body.pagination.totalPages).toBe(page.body.pagination.totalItems);

    const all = await allQuestions();
    const sample = all[0]!;
    const byDifficulty = await call<QuestionPage>(`/api/v1/questions?pageSize=100&difficulty=${sample.difficulty.toUpperCase()}`, {
      token,
    });
    expect(byDifficulty.body.items.every((q) => q.difficulty === sample.difficulty)).toBe(true);
    expect(byDifficulty.body.items.map((q) => q.slug)).toContain(sample.slug);
    const byCategory = await call<QuestionPage>(`/api/v1/questions?pageSize=100&category=${encodeURIComponent(sample.category)}`, {
      token,
    });
    expect(byCategory.body.items.every((q) => q.category === sample.category)).toBe(true);
    const bySearch = await call<QuestionPage>(`/api/v1/questions?q=${encodeURIComponent(sample.title.slice(0, 5))}`, { token });
    expect(bySearch.body.items.map((q) => q.slug)).toContain(sample.slug);
    expect((await call('/api/v1/questions?difficulty=hard-ish', { token })).status).toBe(400);
    expect((await call('/api/v1/questions?pageSize=1000', { token })).status).toBe(400);
  });
});

describe('POST /api/v1/submissions with a questionId (the practice judge)', () => {
  it('judges a bank question by its id: a wrong answer shows the visible case it fails, a right one is accepted and marks it solved', async () => {
    const user = await newUser();
    const [twoSum] = (await allQuestions()).filter((q) => q.slug === 'two-sum');
    const id = twoSum!.questionId;
    const wrong = await call<{ status: string; results: Array<{ passed: boolean; input?: unknown[] }> }>('/api/v1/submissions', {
      token: user.accessToken,
      body: { questionId: id, language: 'JavaScript', code: 'function twoSum(nums, target) { return [0, 1]; }' },
    });
    expect(wrong.status).toBe(201);
    expect(wrong.body.status).toBe('wrong_answer');
    const failed = wrong.body.results.find((r) => !r.passed);
    expect(failed?.input).toEqual([[3, 2, 4], 6]);

    const right = await call<{ status: string; problem: string; results: unknown[] }>('/api/v1/submissions', {
      token: user.accessToken,
      body: {
        questionId: id,
        language: 'python',
        code: 'class Solution:\n    def two_sum(self, nums, target):\n        seen = {}\n        for i, x in enumerate(nums):\n            if target - x in seen:\n                return [seen[target - x], i]\n            seen[x] = i\n',
      },
    });
    expect(right.body).toMatchObject({ status: 'accepted', problem: 'two-sum' });
    // Visible, hidden and the constraints' largest case.
    expect(right.body.results.length).toBeGreaterThanOrEqual(14);
    expect((await call<Question>(`/api/v1/questions/${id}`, { token: user.accessToken })).body.solved).toBe(true);
  });

  it('refuses a body naming neither or both of questionId and problem, and an unknown question', async () => {
    const user = await newUser();
    const code = 'function twoSum() { return []; }';
    expect((await call('/api/v1/submissions', { token: user.accessToken, body: { language: 'js', code } })).status).toBe(400);
    expect(
      (
        await call('/api/v1/submissions', {
          token: user.accessToken,
          body: { questionId: 'q_1', problem: 'two-sum', language: 'js', code },
        })
      ).status,
    ).toBe(400);
    expect(
      await call('/api/v1/submissions', { token: user.accessToken, body: { questionId: 'q_99999999', language: 'js', code } }),
    ).toMatchObject({
      status: 404,
      body: { code: 'QUESTION_NOT_FOUND' },
    });
  });
});

describe('the seeded bank in this leg’s database', () => {
  it('holds every problem file with its cases as written (64-bit values, trees and lists survive jsonb)', async () => {
    const { loadProblemSources } = await import('@/db/seed/problems');
    const { storableValue } = await import('@/db/seed/question-bank');
    const token = await adminToken();
    const bySlug = new Map(
      (await call<QuestionPage>('/api/v1/questions?pageSize=100&status=all', { token })).body.items.map((q) => [q.slug, q]),
    );
    const sources = loadProblemSources();
    expect(sources.length).toBeGreaterThanOrEqual(60);
    for (const source of sources) {
      const row = bySlug.get(source.slug);
      expect(row, source.slug).toBeDefined();
      const detail = await call<Question & { hiddenTestCases: Array<{ input: string; expectedOutput: string }> }>(
        `/api/v1/questions/${row!.questionId}`,
        { token },
      );
      const text = (c: { args: unknown[]; expected: unknown }) => ({
        input: (storableValue(c.args) as unknown[]).map((a) => JSON.stringify(a)).join(', '),
        expectedOutput: JSON.stringify(storableValue(c.expected)),
      });
      expect(detail.body.visibleTestCases, source.slug).toEqual(source.visible.map(text));
      expect(detail.body.hiddenTestCases, source.slug).toEqual(source.hidden.map(text));
    }
  });

  it('judges the new value types through the database path: a design class, an in-place list, a list of lists and a float answer', async () => {
    const { loadProblemSources } = await import('@/db/seed/problems');
    const token = await adminToken();
    const user = await newUser();
    const bySlug = new Map(
      (await call<QuestionPage>('/api/v1/questions?pageSize=100', { token })).body.items.map((q) => [q.slug, q.questionId]),
    );
    const cases: Array<[string, 'python' | 'java' | 'cpp' | 'javascript']> = [
      ['lru-cache', 'java'],
      ['reorder-list', 'cpp'],
      ['merge-k-sorted-lists', 'python'],
      ['median-of-two-sorted-arrays', 'javascript'],
    ];
    for (const [slug, language] of cases) {
      const source = loadProblemSources([slug])[0]!;
      const reply = await call<{ status: string }>('/api/v1/submissions', {
        token: user.accessToken,
        body: { questionId: bySlug.get(slug), language, code: source.solutions[language] },
      });
      expect(reply.body.status, `${slug} in ${language}`).toBe('accepted');
    }
  });
});

describe('a random question prefers what the caller has not solved', () => {
  it('never hands back a solved Easy question while unsolved Easy ones remain', async () => {
    const user = await newUser();
    const { loadProblemSources } = await import('@/db/seed/problems');
    const twoSum = loadProblemSources(['two-sum'])[0]!;
    const id = (await allQuestions()).find((q) => q.slug === 'two-sum')!.questionId;
    const solved = await call<{ status: string }>('/api/v1/submissions', {
      token: user.accessToken,
      body: { questionId: id, language: 'cpp', code: twoSum.solutions.cpp },
    });
    expect(solved.body.status).toBe('accepted');
    for (let i = 0; i < 15; i++) {
      const reply = await call<Question>('/api/v1/questions/random?difficulty=Easy', { token: user.accessToken });
      expect(reply.body.slug).not.toBe('two-sum');
      expect(reply.body.solved).toBe(false);
    }
  });
});
