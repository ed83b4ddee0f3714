import 'server-only';
import type { UserActor } from '@/lib/auth/actor';
import { requireWebActor } from '@/app/_lib/auth';
import { isAppError } from '@/lib/errors';
import { requireQuestionAdmin } from '@/lib/questions/admin';

/**
 * The admin a bank page needs: signed out, the visitor is sent to log in and brought back; a
 * signed-in user who is not an admin gets null, and the page says so. The rule itself is the
 * service's (requireQuestionAdmin), which the actions pass again.
 */
export async function questionAdminOf(next: string): Promise<UserActor | null> {
  const actor = await requireWebActor(next);
  try {
    return requireQuestionAdmin(actor);
  } catch (error) {
    if (isAppError(error) && error.code === 'FORBIDDEN') return null;
    throw error;
  }
}
