import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Migrations 0010 and 0011 change data users saved (submissions, the opportunity ledger, rooms):
// a database at 0009 with the rows an earlier version wrote must come out of them with nothing
// lost and every old row read as the new rules say. Run on PGlite, with the committed files.

const MIGRATIONS = path.resolve(import.meta.dirname, '../../db/migrations');

/** A copy of the migrations folder whose journal stops after `last` (its tag's number). */
function migrationsUpTo(last: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'codemeet-migrations-'));
  fs.cpSync(MIGRATIONS, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: Array<{ idx: number }> };
  journal.entries = journal.entries.filter((entry) => entry.idx <= last);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

let client: PGlite;
const rows = async <T>(query: string) => (await client.query<T>(query)).rows;

beforeAll(async () => {
  client = new PGlite();
  const db = drizzle({ client });
  const before = migrationsUpTo(9);
  await migrate(db, { migrationsFolder: before });
  fs.rmSync(before, { recursive: true, force: true });
  // What the version before these migrations wrote.
  await client.exec(`
    insert into users (account, email, password_hash, name) values
      ('ann', 'ann@example.com', 'x', 'Ann'), ('bob', 'bob@example.com', 'x', 'Bob');
    insert into questions (slug, title_en, title_zh, difficulty, category, statement_en, statement_zh, examples, constraints, hints, spec, time_limit_ms, memory_limit_mb, starter, solutions, status)
      values ('two-sum', 'Two Sum', '兩數之和', 'Easy', 'array', 's', 's', '[]', '[]', '[]', '{}', 1000, 256, '{}', '{}', 'published'),
             ('my-own', 'Mine', '我的', 'Easy', 'array', 's', 's', '[]', '[]', '[]', '{}', 1000, 256, '{}', '{}', 'published');
    insert into submissions (user_id, problem, language, code, custom_tests, status, results) values
      (1, 'two-sum', 'javascript', 'judged on its cases', false, 'accepted', '[]'),
      (1, 'two-sum', 'javascript', 'return 2', true, 'accepted', '[]'),
      (1, 'group-anagrams', 'python', 'a fixture the bank lacks', false, 'accepted', '[]');
    insert into jobs (user_id, kind, language, payload, purpose, state, submission_id) values
      (1, 'judge', 'javascript', '{}', 'submission', 'done', 1);
    insert into matches (interviewee_id, interviewer_id, language, difficulty) values (1, 2, 'javascript', 'Easy');
    insert into rooms (match_id, question_id, language, status, expires_at, started_at, ended_at)
      values (1, 1, 'javascript', 'ended', now(), now() - interval '20 minutes', now());
    insert into room_members (room_id, user_id, role) values (1, 1, 'interviewee'), (1, 2, 'interviewer');
    insert into opportunity_ledger (user_id, kind, amount, reason, session_id, balance_after)
      values (2, 'earned', 1, 'Completed interview as interviewer', 'session_1', 2);
  `);
  const all = migrationsUpTo(Number.MAX_SAFE_INTEGER);
  await migrate(db, { migrationsFolder: all });
  fs.rmSync(all, { recursive: true, force: true });
}, 60_000);

afterAll(async () => {
  await client.close();
});

describe('migrations 0010 and 0011 over data an earlier version saved', () => {
  it('keeps every submission, names its question by key, and lets only one judged on the question’s own cases solve it', async () => {
    const submissions = await rows<{ code: string; question_id: number | null; judged_on_question: boolean; job_id: number | null }>(
      'select code, question_id, judged_on_question, job_id from submissions order by id',
    );
    expect(submissions).toEqual([
      { code: 'judged on its cases', question_id: 1, judged_on_question: true, job_id: 1 },
      { code: 'return 2', question_id: 1, judged_on_question: false, job_id: null },
      { code: 'a fixture the bank lacks', question_id: null, judged_on_question: false, job_id: null },
    ]);
    expect(
      await rows('select column_name from information_schema.columns where table_name = $$jobs$$ and column_name = $$submission_id$$'),
    ).toEqual([]);
  });

  it('keeps a place for the largest case of a seeded question, and none for a question of an admin’s', async () => {
    expect(await rows('select question_id, case_json from question_largest_cases')).toEqual([{ question_id: 1, case_json: null }]);
  });

  it('reads an interview ended before the farming rules as earned, its reward naming the interviewee', async () => {
    expect(await rows('select reward from rooms')).toEqual([{ reward: 'earned' }]);
    expect(await rows('select user_id, counterpart_user_id from opportunity_ledger')).toEqual([{ user_id: 2, counterpart_user_id: 1 }]);
  });
});
