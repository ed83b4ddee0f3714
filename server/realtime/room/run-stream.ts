import type { Db } from '@/db';
import { outputSince } from '@/lib/execution/output';
import { encodeId } from '@/lib/ids';
import { logger } from '@/lib/logger';
import { settleRun, settleRuns } from '@/lib/rooms/live';
import { stamp } from './connection';
import type { LiveRoom } from './live-room';

/**
 * Runs of code in the rooms held here: their output streams to the room as partial `code_output`
 * while they run, and their end goes on the room's timeline once (settleRun), whichever instance
 * sees it first; the timeline's `output` event then reaches every instance.
 */
export class RunStream {
  constructor(
    private readonly db: Db,
    private readonly held: () => Iterable<Promise<LiveRoom>>,
  ) {}

  /** A room opened here: runs a restart cut off go on its timeline if they ended meanwhile, else are followed. */
  async resume(room: LiveRoom): Promise<void> {
    for (const jobId of await settleRuns(this.db, room.roomId)) room.runs.set(jobId, 0);
  }

  /** A run started in the room (its `run` event): followed until it ends. */
  started(room: LiveRoom, jobId: number): void {
    if (!room.runs.has(jobId)) room.runs.set(jobId, 0);
    // A quick run may have ended before its event reached here: its end is not missed.
    void settleRun(this.db, room.roomId, jobId).catch((error: unknown) => logger.warn({ err: error, jobId }, 'settling a run failed'));
  }

  /** A run's end reached the room's timeline (its `output` event): nothing more to stream. */
  ended(room: LiveRoom, jobId: number): void {
    room.runs.delete(jobId);
  }

  /** A run's new output, streamed to the rooms following it as partial code_output. */
  output(jobId: number): void {
    for (const pending of this.held()) {
      void pending
        .then(async (room) => {
          const after = room.runs.get(jobId);
          if (after === undefined) return;
          const chunks = await outputSince(this.db, jobId, after);
          // Two close events may read the same chunks: only those not relayed meanwhile go out.
          const relayed = room.runs.get(jobId);
          if (relayed === undefined) return;
          const fresh = chunks.filter((chunk) => chunk.seq > relayed);
          if (fresh.length === 0) return;
          room.runs.set(jobId, fresh.at(-1)!.seq);
          for (const chunk of fresh) {
            room.broadcast(
              stamp('code_output', { jobId: encodeId('job', jobId), partial: true, stream: chunk.stream, output: chunk.text }),
            );
          }
        })
        .catch((error: unknown) => logger.warn({ err: error, jobId }, 'streaming run output failed'));
    }
  }

  /** A job ended: a room following it puts its output on the timeline. */
  finished(jobId: number): void {
    for (const pending of this.held()) {
      void pending
        .then((room) => (room.runs.has(jobId) ? settleRun(this.db, room.roomId, jobId) : null))
        .catch((error: unknown) => logger.warn({ err: error, jobId }, 'settling a run failed'));
    }
  }
}
