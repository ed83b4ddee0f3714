import 'server-only';
import type { Db } from '@/db';
import type { Job, Submission } from '@/db/schema';
import { queuePosition } from '@/lib/execution/position';
import { jobOutput, submissionOutput } from '@/lib/execution/present';
import type { Waited } from '@/lib/execution/service';
import { json } from '@/lib/http/core';
import { encodeId } from '@/lib/ids';

/** E9's answer for a run of user code still queued or running: 202 with the job and where to poll it. */
export async function pendingJobAnswer(db: Db, pending: Job): Promise<Response> {
  const job = jobOutput(pending, await queuePosition(db, pending));
  return json(job, 202, { Location: job.links.self, 'Retry-After': '1' });
}

/**
 * A judged solution's answer (4.4's shape), for POST /api/v1/submissions and a room's submit: the
 * stored submission with where it lives, or 202 with the job to poll while it is still being judged.
 */
export async function submissionAnswer(db: Db, outcome: Waited<Submission>, doneStatus: 200 | 201): Promise<Response> {
  if (!outcome.done) return pendingJobAnswer(db, outcome.job);
  const row = outcome.value;
  return json(submissionOutput(row), doneStatus, { Location: `/api/v1/submissions/${encodeId('submission', row.id)}` });
}
