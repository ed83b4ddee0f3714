import { beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_TOKEN } from '../harness/processes';
import { PASSWORD, adminToken, baseUrl, browserSignIn, call, newUser, type TestUser } from './client';

// What a user earns comes only from the server's own judgement: a question is solved by a
// submission judged on every case of the question, never by cases the caller wrote; and the
// interviewee of a live room reads its question's hints only as the interviewer reveals them.

interface CaseView {
  testCase: number;
  passed: boolean;
  hidden: boolean;
  custom?: boolean;
}
interface SubmissionView {
  submissionId: string;
  questionId: string | null;
  status: string;
  results: CaseView[];
}
interface QuestionView {
  questionId: string;
  solved: boolean;
  hints: string[];
  hintsWithheld?: true;
  translations: { 'zh-TW': { hints: string[] } };
  visibleTestCases: unknown[];
  hiddenTestCases?: unknown[];
}

let bank: Map<string, string>;

beforeAll(async () => {
  const page = await call<{ items: Array<{ questionId: string; slug: string }> }>('/api/v1/questions?pageSize=100&status=published', {
    token: await adminToken(),
  });
  bank = new Map(page.body.items.map((q) => [q.slug, q.questionId]));
});

const idOf = (slug: string) => {
  const id = bank.get(slug);
  expect(id, `${slug} is in the bank`).toBeDefined();
  return id!;
};
const question = (id: string, user: TestUser) => call<QuestionView>(`/api/v1/questions/${id}`, { token: user.accessToken });

// The issue's own example: a Hard problem "solved" by `return 2` and a case the caller wrote.
const MEDIAN_CHEAT = 'function findMedianSortedArrays(a, b) { return 2; }';
const CHEAT_CASE = [{ input: '[1,3], [2]', expectedOutput: '2' }];

describe('custom test cases never solve a question', () => {
  it('judges a submission on the question’s own cases before the caller’s, so `return 2` is a wrong answer and solves nothing', async () => {
    const user = await newUser();
    const median = idOf('median-of-two-sorted-arrays');
    const reply = await call<SubmissionView>('/api/v1/submissions', {
      token: user.accessToken,
      body: { questionId: median, language: 'javascript', code: MEDIAN_CHEAT, testCases: CHEAT_CASE },
    });
    expect(reply.status).toBe(201);
    expect(reply.body.status).toBe('wrong_answer');
    expect(reply.body.questionId).toBe(median);
    // The caller's case is the question's first example, which `return 2` passes; a later case of the question fails it.
    const failed = reply.body.results.find((r) => !r.passed);
    expect(failed).toBeDefined();
    expect(failed!.custom).toBeUndefined();
    expect(failed!.testCase).toBeGreaterThan(1);
    expect((await question(median, user)).body.solved).toBe(false);
  });

  it('answers a run on the caller’s own cases without keeping it or solving anything', async () => {
    const user = await newUser();
    const median = idOf('median-of-two-sorted-arrays');
    const run = await call<{ status: string; results: CaseView[] }>(`/api/v1/questions/${median}/runs`, {
      token: user.accessToken,
      body: { language: 'javascript', code: MEDIAN_CHEAT, testCases: CHEAT_CASE },
    });
    expect(run.status).toBe(200);
    expect(run.body).toMatchObject({ status: 'accepted', results: [{ testCase: 1, passed: true, hidden: false }] });
    expect(run.body.results).toHaveLength(1);
    // Without cases of its own, a run takes the question's visible ones, and is not kept either.
    const examples = await call<{ status: string; results: CaseView[] }>(`/api/v1/questions/${median}/runs`, {
      token: user.accessToken,
      body: { language: 'javascript', code: MEDIAN_CHEAT },
    });
    expect(examples.body.status).toBe('wrong_answer');
    expect(examples.body.results.every((r) => !r.hidden)).toBe(true);
    const kept = await call<{ pagination: { totalItems: number } }>('/api/v1/submissions', { token: user.accessToken });
    expect(kept.body.pagination.totalItems).toBe(0);
    expect((await question(median, user)).body.solved).toBe(false);
  });

  it('solves a question by a submission accepted on every case, the stored largest case included', async () => {
    const user = await newUser();
    const twoSum = idOf('two-sum');
    const code =
      'function twoSum(nums, target) { const seen = new Map(); for (let i = 0; i < nums.length; i++) { if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i]; seen.set(nums[i], i); } return []; }';
    const reply = await call<SubmissionView>('/api/v1/submissions', {
      token: user.accessToken,
      body: { questionId: twoSum, language: 'js', code },
    });
    expect(reply.body.status).toBe('accepted');
    // Every visible and hidden case the admin sees, then the constraints' largest, read by the runner from the database.
    const asAdmin = await call<QuestionView>(`/api/v1/questions/${twoSum}`, { token: await adminToken() });
    const stored = asAdmin.body.visibleTestCases.length + asAdmin.body.hiddenTestCases!.length;
    expect(reply.body.results).toHaveLength(stored + 1);
    expect(reply.body.results.at(-1)).toMatchObject({ hidden: true, passed: true });
    expect((await question(twoSum, user)).body.solved).toBe(true);
  });

  it('refuses a run on a question the bank does not have', async () => {
    const user = await newUser();
    const reply = await call('/api/v1/questions/q_99999999/runs', { token: user.accessToken, body: { language: 'js', code: '1' } });
    expect(reply).toMatchObject({ status: 404, body: { code: 'QUESTION_NOT_FOUND' } });
  });
});

describe('a live room’s question keeps its hints from its interviewee', () => {
  async function liveRoom() {
    const [interviewee, interviewer] = await Promise.all([newUser(), newUser()]);
    const questionId = idOf('two-sum');
    const created = await call<{ roomId: string }>('/api/v1/rooms', {
      token: SYSTEM_TOKEN,
      body: { questionId, participants: [interviewee.userId, interviewer.userId] },
    });
    expect(created.status).toBe(201);
    return { interviewee, interviewer, questionId, roomId: created.body.roomId };
  }

  it('serves the interviewee no hints through §3.1 or the practice page until the interview ends; the interviewer keeps them', async () => {
    const { interviewee, interviewer, questionId, roomId } = await liveRoom();
    const before = await question(questionId, interviewee);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ hints: [], hintsWithheld: true, translations: { 'zh-TW': { hints: [] } } });
    const theirs = await question(questionId, interviewer);
    expect(theirs.body.hints.length).toBeGreaterThan(0);
    expect(theirs.body.hintsWithheld).toBeUndefined();

    // The practice page, signed in as the interviewee in a browser, says why and shows none.
    const signedIn = await browserSignIn(interviewee.account, PASSWORD);
    const page = await fetch(`${baseUrl()}/practice/two-sum`, { headers: { cookie: signedIn.cookie!, 'Accept-Language': 'en' } });
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('data-testid="hints-withheld"');
    for (const hint of theirs.body.hints) expect(html).not.toContain(hint);

    // Started, then ended: the hints are theirs to read again.
    expect((await call(`/api/v1/rooms/${roomId}/start`, { method: 'POST', token: interviewee.accessToken })).status).toBe(200);
    expect((await question(questionId, interviewee)).body.hintsWithheld).toBe(true);
    expect((await call(`/api/v1/rooms/${roomId}/end`, { method: 'POST', token: interviewer.accessToken })).status).toBe(200);
    const after = await question(questionId, interviewee);
    expect(after.body.hints).toEqual(theirs.body.hints);
    expect(after.body.hintsWithheld).toBeUndefined();
  });

  it('withholds an admin’s secrets too while they sit the interview, and nobody else’s view changes', async () => {
    const [admin, partner, bystander] = await Promise.all([newUser(), newUser(), newUser()]);
    expect((await call(`/api/v1/users/${admin.userId}/role`, { method: 'PUT', token: SYSTEM_TOKEN, body: { role: 'admin' } })).status).toBe(
      200,
    );
    const questionId = idOf('two-sum');
    const created = await call('/api/v1/rooms', {
      token: SYSTEM_TOKEN,
      body: { questionId, participants: [admin.userId, partner.userId] },
    });
    expect(created.status).toBe(201);
    const seen = await call<QuestionView & { solutions?: unknown }>(`/api/v1/questions/${questionId}`, { token: admin.accessToken });
    expect(seen.body).toMatchObject({ hints: [], hintsWithheld: true });
    expect(seen.body.solutions).toBeUndefined();
    expect(seen.body.hiddenTestCases).toBeUndefined();
    const other = await question(questionId, bystander);
    expect(other.body.hints.length).toBeGreaterThan(0);
    expect(other.body.hintsWithheld).toBeUndefined();
  });
});
