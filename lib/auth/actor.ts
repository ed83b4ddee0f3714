import type { User, UserRole } from '@/db/schema';

/** Who is asking: a signed-in user (with the row, loaded with the token check) or the system scheduler. */
export type Actor = { kind: 'user'; userId: number; role: UserRole; sessionId: string; user: User } | { kind: 'system' };

export type UserActor = Extract<Actor, { kind: 'user' }>;

/** The signed-in user behind an optional credential, for answers that add the viewer's own state (their favorites); null for anyone else. */
/** An admin user (the system caller is not one). */
export const isAdminActor = (actor: Actor | null): actor is UserActor => actor?.kind === 'user' && actor.role === 'admin';

export const viewerIdOf = (actor: Actor | null): number | null => (actor?.kind === 'user' ? actor.userId : null);
