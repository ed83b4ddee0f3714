import type { User, UserRole } from '@/db/schema';

/** Who is asking: a signed-in user (with the row, loaded with the token check) or the system scheduler. */
export type Actor = { kind: 'user'; userId: number; role: UserRole; sessionId: string; user: User } | { kind: 'system' };

export type UserActor = Extract<Actor, { kind: 'user' }>;
