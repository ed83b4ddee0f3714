import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { randomUUID } from 'node:crypto';
import { getDb } from '@/db';
import { isAppError } from '@/lib/errors';
import { CLIENT_IP_HEADER } from '@/lib/http/request';
import { logger } from '@/lib/logger';
import { verifyCredentials } from '@/lib/users/service';
import { nulPaths } from '@/lib/validation/hostile';
import { startSession } from '@/lib/auth/sessions';

/**
 * What the log-in page may learn when authorize refuses: next-auth puts a thrown error's
 * message in the redirect (`?error=`), so only these codes are ever thrown, never a cause.
 */
const SIGN_IN_ERRORS = { rateLimited: 'RATE_LIMIT_EXCEEDED', failed: 'INTERNAL_SERVER_ERROR' } as const;

export const WEB_SESSION_MAX_AGE = 30 * 24 * 60 * 60;

/**
 * Browser sessions: next-auth's credentials provider over the same users table and password
 * check as both APIs. Its JWT cookie names one of our auth sessions (sid + generation), so
 * logging out anywhere revokes it server-side, and the Socket.IO handshake reads the same cookie.
 * A function, because the secret is settled at server start (lib/auth/secret.ts).
 */
export function authOptions(): NextAuthOptions {
  return {
    secret: process.env.AUTH_SECRET,
    session: { strategy: 'jwt', maxAge: WEB_SESSION_MAX_AGE },
    pages: { signIn: '/login', signOut: '/logout', error: '/login' },
    providers: [
      CredentialsProvider({
        name: 'CodeMeet',
        credentials: { identifier: { type: 'text' }, password: { type: 'password' } },
        async authorize(credentials, req) {
          const identifier = credentials?.identifier?.trim();
          const password = credentials?.password;
          if (!identifier || !password || identifier.length > 254 || password.length > 128) return null;
          if (nulPaths([identifier, password]).length > 0) return null;
          // The custom server sets this header from the socket for every request (server/index.ts).
          const ip = req.headers?.[CLIENT_IP_HEADER];
          try {
            const db = await getDb();
            const user = await verifyCredentials(db, { ip: typeof ip === 'string' ? ip : 'unknown' }, identifier, password);
            const session = await startSession(db, user.id, { client: 'web', keepLoggedIn: true });
            return { id: String(user.id), name: user.name, email: user.email, sid: session.sessionId, gen: session.generation };
          } catch (error) {
            if (isAppError(error) && error.code === 'RATE_LIMIT_EXCEEDED') throw new Error(SIGN_IN_ERRORS.rateLimited);
            if (isAppError(error) && error.status < 500) return null;
            const traceId = randomUUID();
            logger.error({ traceId, err: error }, 'browser sign-in failed');
            throw new Error(SIGN_IN_ERRORS.failed);
          }
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = Number(user.id);
          token.sid = user.sid;
          token.gen = user.gen;
        }
        return token;
      },
      session({ session, token }) {
        session.userId = token.uid ?? 0;
        session.sid = token.sid ?? '';
        session.gen = token.gen ?? 0;
        return session;
      },
    },
  };
}
