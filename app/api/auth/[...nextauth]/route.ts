// next-auth (v4, App Router form): browser sign-in with the credentials provider.
import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { authOptions } from '@/app/_lib/next-auth';

type NextAuthContext = { params: Promise<{ nextauth: string[] }> };

// Options are built per request: the secret is settled at server start (lib/auth/secret.ts).
async function handler(request: NextRequest, context: NextAuthContext): Promise<Response> {
  const response: Response = await NextAuth(request, context, authOptions());
  return response;
}

export { handler as GET, handler as POST };
