/**
 * The sandbox's types are the shared vocabulary's (lib/vocabulary): languages, the problem format
 * and runs, which the domain and the database speak too. Its own modules name them from here.
 */
export type * from '@/lib/vocabulary/languages';
export type * from '@/lib/vocabulary/problems';
export type * from '@/lib/vocabulary/runs';
