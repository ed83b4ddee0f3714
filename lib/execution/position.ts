import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { rowsOf } from '@/db/rows';
import type { Job } from '@/db/schema';

/**
 * Where a queued job stands: how many jobs run before it under fair sharing (1: next). The user's
 * own earlier jobs go first; round-robin then lets each other user through with as many jobs,
 * plus one when that user's turn comes first (their latest job started before this user's, or
 * neither has started one and theirs waited longer).
 */
export async function queuePosition(db: Db, job: Job): Promise<number | null> {
  if (job.state !== 'queued') return null;
  const result = await db.execute<{ position: number }>(sql`
    with me as (
      select
        (select count(*)::int from jobs where state = 'queued' and user_id = ${job.userId} and id < ${job.id}) as ahead,
        (select max(started_at) from jobs where user_id = ${job.userId}) as last_start,
        (select min(id) from jobs where state = 'queued' and user_id = ${job.userId}) as head
    ), others as (
      select user_id, count(*)::int as n, min(id) as head,
        (select max(s.started_at) from jobs s where s.user_id = q.user_id) as last_start
      from jobs q where state = 'queued' and user_id <> ${job.userId} group by user_id
    )
    select (me.ahead + coalesce(sum(least(o.n, me.ahead + case
      when me.last_start is null then (o.last_start is null and o.head < me.head)::int
      else (o.last_start is null or o.last_start < me.last_start)::int end)), 0))::int + 1 as position
    from me left join others o on true
    group by me.ahead, me.last_start, me.head`);
  return Number(rowsOf<{ position: number }>(result)[0]?.position ?? 1);
}
