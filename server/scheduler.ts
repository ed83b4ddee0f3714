import type { Db } from '@/db';
import { nextResetAt, resetDailyOpportunities } from '@/lib/gamification/service';
import { logger } from '@/lib/logger';
import { matchWaiting } from '@/lib/matchmaking/service';
import { expireRooms } from '@/lib/rooms/access';

const log = logger.child({ component: 'scheduler' });

/**
 * Runs the daily opportunity reset at 00:00 Asia/Taipei. Every instance schedules it; the reset
 * itself runs once a day across them all (lib/gamification/service.ts), so this needs no leader.
 * A timer that fires a little early finds the old day already reset and just waits again.
 */
export function scheduleDailyReset(db: Db): () => void {
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    // A second past midnight: the reset is certainly in the new day.
    const wait = nextResetAt(new Date()).getTime() - Date.now() + 1000;
    timer = setTimeout(() => void run(), wait);
    timer.unref();
  };
  const run = async () => {
    try {
      const result = await resetDailyOpportunities(db);
      log.info({ day: result.day, affectedUsers: result.affectedUsers, ran: result.ran }, 'daily opportunity reset');
    } catch (error) {
      log.error({ err: error }, 'daily opportunity reset failed');
    }
    arm();
  };
  arm();
  return () => clearTimeout(timer);
}

/** How often each instance sweeps the match queue. */
const MATCH_SWEEP_MS = 2000;

/**
 * The match queue's sweep (lib/matchmaking/service.ts): expires entries nobody matched in time
 * and matches again what waits, so a difficulty relaxed by waiting finds its partner without a
 * new join. Then rooms nobody started by their expiry expire, and whoever is still in one hears
 * it. Every instance sweeps; matching is safe across them, so this needs no leader either.
 * A sweep starts only once the last has finished.
 */
export function scheduleMatchmaking(db: Db): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const arm = () => {
    if (stopped) return;
    timer = setTimeout(() => void run(), MATCH_SWEEP_MS);
    timer.unref();
  };
  const run = async () => {
    try {
      const result = await matchWaiting(db);
      if (result.expired || result.matched) log.info(result, 'match queue swept');
      const rooms = await expireRooms(db);
      if (rooms.length) log.info({ rooms }, 'rooms nobody started expired');
    } catch (error) {
      log.error({ err: error }, 'match queue sweep failed');
    }
    arm();
  };
  arm();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
