import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '@/db';
import { isAppError } from '@/lib/errors';
import { verifyCredentials } from '@/lib/users/service';
import { startSession } from './sessions';

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
        async authorize(credentials) {
          const identifier = credentials?.identifier?.trim();
          const password = credentials?.password;
          if (!identifier || !password || identifier.length > 254 || password.length > 128) return null;
          try {
            const db = await getDb();
            const user = await verifyCredentials(db, identifier, password);
            const session = await startSession(db, user.id, { client: 'web', keepLoggedIn: true });
            return { id: String(user.id), name: user.name, email: user.email, sid: session.sessionId, gen: session.generation };
          } catch (error) {
            if (isAppError(error)) return null;
            throw error;
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
