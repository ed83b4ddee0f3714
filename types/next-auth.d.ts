import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  interface User {
    sid: string;
    gen: number;
  }
  interface Session {
    sid: string;
    gen: number;
    userId: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: number;
    sid?: string;
    gen?: number;
  }
}
