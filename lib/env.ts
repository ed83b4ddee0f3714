import 'server-only';
import { z } from 'zod';

const bool = z.enum(['1', '0', 'true', 'false', 'yes', 'no', '']).transform((v) => v === '1' || v === 'true' || v === 'yes');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** Public origin used in absolute URLs (avatars, OpenAPI servers). */
  APP_URL: z.string().url().optional(),
  /** Unset → embedded PGlite in DATA_DIR; set → PostgreSQL through postgres-js. */
  DATABASE_URL: z.string().min(1).optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(2).max(200).default(10),
  /**
   * The planner's cost of a random page read, set for the app's own sessions. PostgreSQL's
   * default (4.0) assumes spinning disks and made it scan every post instead of using the search
   * index (bench/forum.ts); 1.1 is the usual value for SSDs and data held in memory.
   */
  DATABASE_RANDOM_PAGE_COST: z.coerce.number().min(0.1).max(100).default(1.1),
  DATA_DIR: z.string().min(1).default('./data'),
  /** Signs access tokens and next-auth cookies. Generated into DATA_DIR when unset. */
  AUTH_SECRET: z.string().min(32).optional(),
  /** Bearer secret for the contract's system-only endpoints (room creation, opportunity grants). */
  SYSTEM_TOKEN: z.string().min(16).optional(),
  /** A scheduler's secret (Vercel Cron's name for it): `Authorization: Bearer $CRON_SECRET` is a system caller too. */
  CRON_SECRET: z.string().min(16).optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).default(3600),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).default(30),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).default(24),
  RATE_LIMIT_AUTH_PER_MIN: z.coerce.number().int().min(1).default(5),
  RATE_LIMIT_GENERAL_PER_MIN: z.coerce.number().int().min(1).default(100),
  /** Trust X-Forwarded-For from a reverse proxy when keying rate limits by client address. */
  TRUST_PROXY: bool.default(false),
  /** Demo accounts in an empty database: unset means yes on the embedded database, no on PostgreSQL. */
  SEED_DEMO: bool.optional(),
  /** Set S3_BUCKET to keep avatars in an S3-compatible bucket instead of DATA_DIR/avatars. */
  S3_BUCKET: z.string().min(3).optional(),
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** Path-style URLs (endpoint/bucket/key), as MinIO and most self-hosted stores want. */
  S3_FORCE_PATH_STYLE: bool.default(true),
  AVATAR_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(2 * 1024 * 1024),
  /**
   * A kept interview recording's largest size. The page records speech at 32 kbit/s (about
   * 240 KB a minute); the API router takes no body above 4 MB.
   */
  RECORDING_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(4 * 1024 * 1024 - 64 * 1024)
    .default(3 * 1024 * 1024),
  /**
   * An OpenAI-compatible chat-completions endpoint (OpenAI, Ollama's /v1, vLLM…) that writes a
   * follow-up question and richer feedback beside the built-in analyzer; unset → analyzer only.
   */
  AI_BASE_URL: z.string().url().optional(),
  AI_API_KEY: z.string().min(1).optional(),
  AI_MODEL: z.string().min(1).default('gpt-4o-mini'),
  /** The whole coaching call, and the wait for its first word; past either the analyzer's feedback stands alone. */
  AI_TIMEOUT_MS: z.coerce.number().int().min(1000).max(300_000).default(45_000),
  AI_FIRST_TOKEN_TIMEOUT_MS: z.coerce.number().int().min(500).max(120_000).default(15_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SANDBOX_ALLOW_UNSAFE: bool.default(false),
  /** Where bubblewrap is, when not /usr/bin/bwrap or on PATH. */
  SANDBOX_BWRAP_PATH: z.string().min(1).optional(),
  /** Parallel jailed runs of each runner process (default: the core count). */
  SANDBOX_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  /** Jobs allowed to wait, all users together, before a 503. */
  SANDBOX_MAX_QUEUE: z.coerce.number().int().min(0).max(100_000).default(500),
  /** One user's share: jobs running at once (default 2) and jobs waiting (default 32) before a 429. */
  SANDBOX_PER_USER_ACTIVE: z.coerce.number().int().min(1).max(64).default(2),
  SANDBOX_PER_USER_QUEUE: z.coerce.number().int().min(0).max(10_000).default(32),
  /** Run user code under rlimits alone when no cgroup is usable: weaker, so only when asked (docs/sandbox.md). */
  SANDBOX_ALLOW_RLIMIT_ONLY: bool.default(false),
  /** Warm single-use jails each runner keeps ready per language (docs/sandbox.md); 0 turns them off. */
  SANDBOX_WARM_PER_LANGUAGE: z.coerce.number().int().min(0).max(8).default(1),
  /** Refuse to run user code without the seccomp filter (python3-seccomp builds it). */
  SANDBOX_REQUIRE_SECCOMP: bool.default(false),
  /** A cgroup v2 subtree delegated to the runner's user, when not its own group under /sys/fs/cgroup. */
  SANDBOX_CGROUP_ROOT: z.string().min(1).optional(),
  /** Runner processes `npm start` starts beside the web server; 0 on web instances of a scaled-out tier. */
  RUNNERS: z.coerce.number().int().min(0).max(16).default(1),
  /** The balance the daily reset (00:00 Asia/Taipei) tops every user up to (docs/opportunities.md). */
  DAILY_OPPORTUNITIES: z.coerce.number().int().min(0).max(100).default(1),
  /** An interview shorter than this pays its interviewer nothing and gives the interviewee's opportunity back (docs/opportunities.md). */
  INTERVIEW_REWARD_MIN_SECONDS: z.coerce.number().int().min(0).max(7200).default(600),
  /** Interviews a user earns an opportunity for in one Taipei day, at most (docs/opportunities.md). */
  INTERVIEW_REWARDS_PER_DAY: z.coerce.number().int().min(1).max(100).default(3),
  /** Whether this instance schedules the daily reset itself; off where a scheduler of the operator's calls it (README, "Deployment"). */
  SCHEDULE_DAILY_RESET: bool.default(true),
  /** Started as root, the web server gives root up for this user (name, uid or uid:gid) once its runners are forked. */
  WEB_USER: z.string().min(1).optional(),
  /** Niceness of runner processes and their jails, so the web server stays responsive while they are saturated. */
  RUNNER_NICE: z.coerce.number().int().min(0).max(19).default(10),
  /** How long POST /executions and /submissions wait for the result before answering 202 with where to poll. */
  JOB_WAIT_MS: z.coerce.number().int().min(0).max(120_000).default(30_000),
  /** A runner fails a job whose run has not ended by then (beyond every limit a run can have: compile, start, cases). */
  RUNNER_JOB_DEADLINE_MS: z.coerce.number().int().min(1000).max(3_600_000).default(600_000),
  /** A running job's lease: a runner that stops renewing it (killed, cut off) loses the job to another runner. */
  JOB_LEASE_MS: z.coerce.number().int().min(1000).max(600_000).default(15_000),
  /** A queue entry nobody matched by then expires (seconds). */
  MATCH_QUEUE_TTL_SECONDS: z.coerce.number().int().min(10).max(86_400).default(600),
  /** After this wait (seconds) a queue entry also matches a partner who asked for another difficulty. */
  MATCH_RELAX_AFTER_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  /** A room nobody starts within this many minutes of the match is gone (410). */
  ROOM_TTL_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(60),
  /** STUN/TURN servers for room video, as JSON RTCIceServer[] (none: peers on one network only). */
  ICE_SERVERS: z.string().min(2).optional(),
  /** How long finished jobs (and their output) are kept. */
  JOB_RETENTION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24),
});

export type Env = z.infer<typeof EnvSchema>;

function parseEnv(): Env {
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

export const env: Env = parseEnv();
