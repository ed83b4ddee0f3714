import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '@/db';
import { interviewQuestions, type NewInterviewQuestion } from '@/db/schema';
import { logger } from '@/lib/logger';
import { bankFile, type BankFile } from '@/lib/validation/interview-bank';

export const BANK_FOLDER = path.resolve(process.cwd(), 'db/seed/interview-questions');

/** Every family's reviewed file, validated; a malformed file stops the start (it is a bug in the repository). */
export async function readBankFiles(folder = BANK_FOLDER): Promise<BankFile[]> {
  const names = (await fs.readdir(folder)).filter((name) => name.endsWith('.json')).sort();
  return Promise.all(
    names.map(async (name) => {
      const parsed = bankFile.safeParse(JSON.parse(await fs.readFile(path.join(folder, name), 'utf8')));
      if (!parsed.success) throw new Error(`${name}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return parsed.data;
    }),
  );
}

export function bankRows(files: BankFile[]): NewInterviewQuestion[] {
  return files.flatMap((file) =>
    file.questions.map((q) => ({
      key: q.key,
      family: file.family,
      kind: q.kind,
      textZh: q.zh,
      textEn: q.en,
      tags: q.tags,
      points: q.points,
      secondsMin: q.seconds[0],
      secondsMax: q.seconds[1],
    })),
  );
}

/**
 * Inserts the seed questions whose key the database has not seen. What an admin edited or
 * retired stays as they left it; a question added to a file appears on the next start.
 */
export async function seedInterviewBank(db: Db): Promise<number> {
  const rows = bankRows(await readBankFiles());
  if (rows.length === 0) return 0;
  const inserted = await db
    .insert(interviewQuestions)
    .values(rows)
    .onConflictDoNothing({ target: interviewQuestions.key })
    .returning({ id: interviewQuestions.id });
  if (inserted.length > 0) logger.info({ questions: inserted.length }, 'interview question bank seeded');
  return inserted.length;
}
