import { describe, expect, it } from 'vitest';
import { PROBLEM_TYPE, adminToken, call, newUser } from './client';

type Draft = { questionId: string; language: string; code: string; updatedAt: string };

async function twoSumId(): Promise<string> {
  const reply = await call<{ items: Array<{ slug: string; questionId: string }> }>('/api/v1/questions?pageSize=100&status=published', {
    token: await adminToken(),
  });
  return reply.body.items.find((q) => q.slug === 'two-sum')!.questionId;
}

describe('practice drafts on the server (api-decisions V19)', () => {
  it('keeps what was saved: a reload (a new GET) returns it, the list names it, a second save replaces it, DELETE discards it', async () => {
    const user = await newUser();
    const id = await twoSumId();
    const path = `/api/v1/questions/${id}/drafts/python`;
    expect((await call(path, { token: user.accessToken })).status).toBe(404);

    const code = 'def two_sum(nums, target):\n    # 中文註解 — kept exactly\n    return []\n';
    const saved = await call<Draft>(path, { method: 'PUT', token: user.accessToken, body: { code } });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ questionId: id, language: 'python', code });

    const reloaded = await call<Draft>(path, { token: user.accessToken });
    expect(reloaded.status).toBe(200);
    expect(reloaded.body.code).toBe(code);

    // A language alias names the same draft; the later save is first in the list.
    await call(`/api/v1/questions/${id}/drafts/js`, { method: 'PUT', token: user.accessToken, body: { code: '// js' } });
    const again = await call<Draft>(path, { method: 'PUT', token: user.accessToken, body: { code: '' } });
    expect(again.body.code).toBe('');
    const list = await call<{ drafts: Draft[] }>(`/api/v1/questions/${id}/drafts`, { token: user.accessToken });
    expect(list.status).toBe(200);
    expect(list.body.drafts.map((d) => [d.language, d.code])).toEqual([
      ['python', ''],
      ['javascript', '// js'],
    ]);

    expect((await call(path, { method: 'DELETE', token: user.accessToken })).status).toBe(204);
    expect((await call(path, { token: user.accessToken })).status).toBe(404);
    expect((await call(path, { method: 'DELETE', token: user.accessToken })).status).toBe(204);
  });

  it('is the owner’s alone: another user neither reads nor overwrites it', async () => {
    const [owner, other] = await Promise.all([newUser(), newUser()]);
    const id = await twoSumId();
    const path = `/api/v1/questions/${id}/drafts/cpp`;
    await call(path, { method: 'PUT', token: owner.accessToken, body: { code: '// mine' } });

    expect((await call(path, { token: other.accessToken })).status).toBe(404);
    expect((await call<{ drafts: Draft[] }>(`/api/v1/questions/${id}/drafts`, { token: other.accessToken })).body.drafts).toEqual([]);
    await call(path, { method: 'PUT', token: other.accessToken, body: { code: '// theirs' } });
    await call(path, { method: 'DELETE', token: other.accessToken });

    expect((await call<Draft>(path, { token: owner.accessToken })).body.code).toBe('// mine');
    expect((await call(path)).status).toBe(401);
  });

  it('refuses a bad language, oversize code and an unknown question in RFC 7807', async () => {
    const user = await newUser();
    const id = await twoSumId();

    const language = await call(`/api/v1/questions/${id}/drafts/cobol`, { method: 'PUT', token: user.accessToken, body: { code: 'x' } });
    expect(language.status).toBe(400);
    expect(language.headers.get('content-type')).toContain('application/problem+json');
    expect(language.body).toMatchObject({ type: PROBLEM_TYPE, status: 400, code: 'VALIDATION_ERROR' });

    const oversize = await call(`/api/v1/questions/${id}/drafts/python`, {
      method: 'PUT',
      token: user.accessToken,
      body: { code: 'x'.repeat(100_001) },
    });
    expect(oversize.status).toBe(400);
    expect(oversize.body).toMatchObject({ type: PROBLEM_TYPE, code: 'VALIDATION_ERROR' });
    expect(JSON.stringify(oversize.body)).toContain('100,000');
    const atLimit = await call<Draft>(`/api/v1/questions/${id}/drafts/python`, {
      method: 'PUT',
      token: user.accessToken,
      body: { code: 'x'.repeat(100_000) },
    });
    expect(atLimit.status).toBe(200);

    for (const unknown of ['q_99999999', 'q_abc']) {
      const reply = await call(`/api/v1/questions/${unknown}/drafts/python`, {
        method: 'PUT',
        token: user.accessToken,
        body: { code: 'x' },
      });
      expect(reply.status).toBe(404);
      expect(reply.body).toMatchObject({ type: PROBLEM_TYPE, status: 404, code: 'QUESTION_NOT_FOUND' });
    }
    expect((await call(`/api/v1/questions/q_99999999/drafts`, { token: user.accessToken })).status).toBe(404);
  });
});
