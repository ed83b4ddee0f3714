import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { rooms } from '@/db/schema';
import type { JudgeResult } from '@/lib/vocabulary/runs';
import { appendRoomEvent } from './timeline';

/**
 * A room submission's verdict joins the room's timeline (4.4) in the transaction that stores the
 * submission (lib/execution/jobs.ts completeJob): once, whether the request that submitted it was
 * still waiting (200) or had answered 202, and whichever instance or runner finished the job.
 */
export async function recordRoomVerdict(db: Db, roomId: number, userId: number, submissionId: number, verdict: JudgeResult): Promise<void> {
  // A room deleted since (its match or a member removed) has no timeline left to add to.
  const [room] = await db.select({ id: rooms.id }).from(rooms).where(eq(rooms.id, roomId));
  if (!room) return;
  await appendRoomEvent(db, roomId, userId, 'verdict', {
    submissionId,
    status: verdict.status,
    passed: verdict.results.filter((r) => r.passed).length,
    total: verdict.results.length,
  });
}
