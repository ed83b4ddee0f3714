import 'server-only';
import type { UserActor } from '@/lib/auth/actor';
import { requireWebActor } from '@/app/_lib/auth';
import { isAppError } from '@/lib/errors';
import { requireBankAdmin } from '@/lib/interviews/bank';

/**
 * The admin a bank page needs: signed out, the visitor is sent to log in and brought back; a
 * signed-in user who is not an admin gets null, and the page says the bank is for administrators.
 * The role rule itself is the service's (requireBankAdmin), which the actions pass again.
 */
export async function bankAdminOf(next: string): Promise<UserActor | null> {
  const actor = await requireWebActor(next);
  try {
    requireBankAdmin(actor);
    return actor;
  } catch (error) {
    if (isAppError(error) && error.code === 'FORBIDDEN') return null;
    throw error;
  }
}
