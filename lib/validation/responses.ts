import { z } from 'zod';

/** Response shapes, for the OpenAPI document (the presenters in lib/users/present.ts build them). */
export const messageResponse = z.object({ message: z.string() }).meta({ id: 'LegacyMessage' });

export const legacyErrorResponse = z
  .object({ message: z.string(), errors: z.record(z.string(), z.array(z.string())).optional(), traceId: z.string().optional() })
  .meta({ id: 'LegacyError' });

export const problemResponse = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    code: z.string(),
    errors: z.record(z.string(), z.array(z.string())).optional(),
    traceId: z.string(),
  })
  .meta({ id: 'ProblemDetails' });

export const legacyLoginResponse = z.object({
  token: z.string(),
  expires_at: z.string(),
  user_data: z.array(z.object({ id: z.number().int(), name: z.string(), avator: z.string().nullable(), avatar: z.string().nullable() })),
});

export const legacyProfileResponse = z
  .object({
    id: z.number().int(),
    name: z.string(),
    account: z.string(),
    email: z.string(),
    avator: z.string().nullable(),
    avatar: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
    sex: z.enum(['F', 'M']).nullable(),
    birthday: z.string().nullable(),
    status: z.string().nullable(),
    highest_education: z.string().nullable(),
    seniority: z.string().nullable(),
    created_at: z.string(),
  })
  .meta({ id: 'LegacyProfile' });

export const legacyProfileUpdatedResponse = z.object({ message: z.string(), profile: legacyProfileResponse });

export const legacyAvatarResponse = z.object({ message: z.string(), avator: z.string().nullable(), avatar: z.string().nullable() });

export const legacyTokenResponse = z.object({ token: z.string(), expires_at: z.string() });

const preferences = z
  .object({ languages: z.array(z.string()), difficulty: z.enum(['Easy', 'Medium', 'Hard']), enableVideo: z.boolean() })
  .meta({ id: 'Preferences' });

export const v1UserResponse = z
  .object({ userId: z.string(), email: z.string(), displayName: z.string(), timezone: z.string(), createdAt: z.string() })
  .meta({ id: 'RegisteredUser' });

/** A user as an operator sees one (PUT /api/v1/users/{userId}/role). */
export const v1UserRoleResponse = z
  .object({
    userId: z.string(),
    email: z.string(),
    displayName: z.string(),
    avatarUrl: z.string().nullable(),
    role: z.enum(['user', 'admin']),
    timezone: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'UserWithRole' });

export const v1TokensResponse = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
  tokenType: z.literal('Bearer'),
  expiresIn: z.number().int(),
  user: z.object({ userId: z.string(), email: z.string(), displayName: z.string() }).optional(),
});

export const v1MeResponse = z
  .object({
    userId: z.string(),
    email: z.string(),
    displayName: z.string(),
    avatarUrl: z.string().nullable(),
    role: z.enum(['user', 'admin']),
    timezone: z.string(),
    preferences,
    opportunities: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'Me' });

export const v1PreferencesResponse = z.object({ preferences, updatedAt: z.string() });

/** What anyone may learn of the server's health. */
export const healthResponse = z.object({ status: z.enum(['ok', 'degraded']) }).meta({ id: 'Health' });

/** What the system caller learns beside it. */
export const healthDetailsResponse = z
  .object({
    status: z.enum(['ok', 'degraded']),
    version: z.string(),
    uptimeSeconds: z.number(),
    database: z.object({
      status: z.enum(['up', 'down']),
      driver: z.string(),
      latencyMs: z.number().optional(),
      error: z.string().optional(),
    }),
    sandbox: z
      .object({
        available: z.boolean(),
        mode: z.enum(['bwrap', 'unsafe', 'unavailable']),
        reason: z.string().optional(),
        cgroups: z.looseObject({ memory: z.boolean(), pids: z.boolean() }),
      })
      .loose(),
    runners: z
      .object({
        live: z.number().int(),
        queued: z.number().int(),
        running: z.number().int(),
        processes: z.array(
          z.object({ id: z.string(), host: z.string(), pid: z.number().int(), slots: z.number().int(), languages: z.array(z.string()) }),
        ),
      })
      .nullable(),
  })
  .meta({ id: 'HealthDetails' });

export const executionResponse = z
  .object({
    status: z.enum(['success', 'runtime_error', 'time_limit_exceeded', 'compile_error', 'memory_limit_exceeded', 'output_limit_exceeded']),
    output: z.string(),
    error: z.string().nullable(),
    exitCode: z.number().int().nullable(),
    runtime: z.string().meta({ example: '52ms' }),
    memory: z.string().meta({ example: '42.1MB' }),
  })
  .meta({ id: 'CodeOutput' });

const caseResult = z.object({
  testCase: z.number().int(),
  /** A case the caller added to a submission (judged after every case of the question). */
  custom: z.boolean().optional(),
  passed: z.boolean(),
  status: z.string(),
  runtime: z.string(),
  memory: z.string(),
  hidden: z.boolean(),
  input: z.array(z.unknown()).optional(),
  expected: z.unknown().optional(),
  actual: z.unknown().optional(),
  stdout: z.string().optional(),
  error: z.string().optional(),
});

export const submissionResponse = z
  .object({
    submissionId: z.string(),
    /** The question judged against (null only for submissions of the judge's old fixtures). */
    questionId: z.string().nullable(),
    problem: z.string(),
    language: z.string(),
    status: z.enum([
      'accepted',
      'wrong_answer',
      'runtime_error',
      'time_limit_exceeded',
      'compile_error',
      'memory_limit_exceeded',
      'output_limit_exceeded',
    ]),
    compileOutput: z.string().optional(),
    results: z.array(caseResult),
    submittedAt: z.string(),
    code: z.string().optional(),
  })
  .meta({ id: 'Submission' });

/** A judged run that is not kept (POST /api/v1/questions/{questionId}/runs). */
export const questionRunResponse = z
  .object({
    status: submissionResponse.shape.status,
    compileOutput: z.string().optional(),
    results: z.array(caseResult),
  })
  .meta({ id: 'QuestionRun' });

export const submissionPageResponse = z.object({
  items: z.array(submissionResponse),
  pagination: z.object({ page: z.number().int(), pageSize: z.number().int(), totalItems: z.number().int(), totalPages: z.number().int() }),
});

/** A run of user code in the queue (GET /api/v1/jobs/{jobId}, and the 202 of a run still going). */
export const jobResponse = z
  .object({
    jobId: z.string().meta({ example: 'job_42' }),
    kind: z.enum(['execute', 'judge']),
    language: z.string(),
    state: z.enum(['queued', 'running', 'done', 'failed', 'cancelled']),
    /** Jobs that run before this one (1: next), while it waits. */
    position: z.number().int().nullable(),
    error: z.string().nullable(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
    /** An execution's answer once done (POST /executions' 200 body). */
    result: executionResponse.optional(),
    /** A judged run's verdict once done, when it was not kept as a submission. */
    verdict: z.looseObject({ status: z.string(), results: z.array(caseResult) }).optional(),
    /** A submission's id once judged and stored (GET /api/v1/submissions/{submissionId}). */
    submissionId: z.string().optional(),
    links: z.object({ self: z.string(), output: z.string(), submission: z.string().optional() }),
  })
  .meta({ id: 'Job' });

/** The OpenAPI document itself, in outline (its paths are whatever the routes declare). */
export const openApiDocumentResponse = z.looseObject({
  openapi: z.literal('3.1.0'),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
  components: z.looseObject({}),
});
