import type { z } from 'zod';
import * as res from '@/lib/validation/responses';
import { paginationQuery } from '@/lib/http/pagination';
import * as execution from '@/lib/validation/execution';
import * as users from '@/lib/validation/users';

export type Security = 'none' | 'user' | 'admin' | 'system';

export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  contract: 'ai-interview' | 'codemeet-v1' | 'platform';
  tag: string;
  summary: string;
  description?: string;
  security: Security;
  rateLimit?: 'auth' | 'general';
  body?: z.ZodType;
  multipart?: { field: string; description: string };
  query?: z.ZodType;
  responses: Record<number, { description: string; schema?: z.ZodType }>;
}

const legacyErr = (description: string) => ({ description, schema: res.legacyErrorResponse });
const problem = (description: string) => ({ description, schema: res.problemResponse });

/** Every route under app/api, as the contracts name them; a unit test keeps this list and the routes in step. */
export const OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/api/health',
    contract: 'platform',
    tag: 'Platform',
    summary: 'Version and database status',
    security: 'none',
    responses: {
      200: { description: 'Healthy', schema: res.healthResponse },
      503: { description: 'Database unreachable', schema: res.healthResponse },
    },
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    contract: 'platform',
    tag: 'Platform',
    summary: 'This OpenAPI 3.1 document',
    security: 'none',
    responses: { 200: { description: 'OpenAPI document' } },
  },
  // ai-interview-api.md — Users
  {
    method: 'post',
    path: '/api/users/login',
    contract: 'ai-interview',
    tag: 'Users (ai-interview)',
    summary: '登入 Log in by account or email',
    description: '`keep_logged_in: true` keeps the session (and its token) for 30 days instead of 24 hours.',
    security: 'none',
    rateLimit: 'auth',
    body: users.legacyLoginBody,
    responses: {
      200: { description: 'Logged in', schema: res.legacyLoginResponse },
      400: legacyErr('帳號或密碼輸入錯誤'),
      429: legacyErr('請求過於頻繁'),
    },
  },
  {
    method: 'post',
    path: '/api/users/signup',
    contract: 'ai-interview',
    tag: 'Users (ai-interview)',
    summary: '註冊 Sign up',
    security: 'none',
    rateLimit: 'auth',
    body: users.legacySignupBody,
    responses: {
      200: { description: '註冊成功', schema: res.messageResponse },
      400: legacyErr('註冊資料有誤 / 信箱已註冊過 / 帳號已註冊過'),
      429: legacyErr('請求過於頻繁'),
    },
  },
  ...(['get', 'post'] as const).map((method): Operation => ({
    method,
    path: '/api/users/logout',
    contract: 'ai-interview',
    tag: 'Users (ai-interview)',
    summary: method === 'get' ? '登出 Log out (as the contract: GET)' : '登出 Log out (POST, the safe form)',
    security: 'user',
    responses: { 200: { description: '登出成功', schema: res.messageResponse }, 401: legacyErr('未登入') },
  })),
  {
    method: 'get',
    path: '/api/users/profile',
    contract: 'ai-interview',
    tag: 'Users (ai-interview)',
    summary: '查看個人資訊 Read the profile',
    security: 'user',
    responses: { 200: { description: 'Profile', schema: res.legacyProfileResponse }, 401: legacyErr('權限不足') },
  },
  {
    method: 'patch',
    path: '/api/users/profile',
    contract: 'ai-interview',
    tag: 'Users (ai-interview)',
    summary: '修改個人資訊 Update the profile',
    description: 'Only the fields sent change; `null` or "" clears an optional field. `avator` and `avatar` are the same field.',
    security: 'user',
    body: users.legacyProfilePatchBody,
    responses: { 200: { description: '更新成功', schema: res.messageResponse }, 400: legacyErr('資料有誤'), 401: legacyErr('權限不足') },
  },
  {
    method: 'post',
    path: '/api/users/avatar',
    contract: 'ai-interview',
    tag: 'Users (ai-interview)',
    summary: 'Upload an avatar image',
    security: 'user',
    multipart: { field: 'avatar', description: 'PNG, JPEG, GIF or WebP, up to 2 MB' },
    responses: {
      200: { description: '更新成功, with the new avatar URL' },
      400: legacyErr('資料有誤'),
      401: legacyErr('權限不足'),
      413: legacyErr('資料過大'),
      415: legacyErr('檔案格式不支援'),
    },
  },
  {
    method: 'get',
    path: '/api/avatars/{file}',
    contract: 'platform',
    tag: 'Users (ai-interview)',
    summary: 'An uploaded avatar image',
    security: 'none',
    responses: { 200: { description: 'The image' }, 404: legacyErr('資料不存在') },
  },
  ...(['get', 'post'] as const).map((method): Operation => ({
    method,
    path: '/api/token/refresh',
    contract: 'ai-interview',
    tag: 'Users (ai-interview)',
    summary: method === 'get' ? '更新令牌 Refresh the token (as the contract: GET)' : '更新令牌 Refresh the token (POST, the safe form)',
    description: 'The token sent stops working; use the one returned.',
    security: 'user',
    rateLimit: 'auth',
    responses: { 200: { description: 'New token', schema: res.legacyTokenResponse }, 401: legacyErr('權限不足') },
  })),
  // codemeet-api.md — 1. User Service
  ...['/api/v1/users/register', '/api/v1/auth/register'].map((path): Operation => ({
    method: 'post',
    path,
    contract: 'codemeet-v1',
    tag: 'Auth (v1)',
    summary: '1.1 Register',
    security: 'none',
    rateLimit: 'auth',
    body: users.v1RegisterBody,
    responses: {
      201: { description: 'Created', schema: res.v1UserResponse },
      400: problem('VALIDATION_ERROR'),
      409: problem('CONFLICT: email already registered'),
      429: problem('RATE_LIMIT_EXCEEDED'),
    },
  })),
  {
    method: 'post',
    path: '/api/v1/auth/login',
    contract: 'codemeet-v1',
    tag: 'Auth (v1)',
    summary: '1.2 Log in',
    security: 'none',
    rateLimit: 'auth',
    body: users.v1LoginBody,
    responses: {
      200: { description: 'Tokens', schema: res.v1TokensResponse },
      400: problem('INVALID_CREDENTIALS or VALIDATION_ERROR'),
      429: problem('RATE_LIMIT_EXCEEDED'),
    },
  },
  {
    method: 'post',
    path: '/api/v1/auth/refresh',
    contract: 'codemeet-v1',
    tag: 'Auth (v1)',
    summary: 'Rotate the refresh token',
    description: 'Each refresh token works once. Presenting a used one revokes the whole session.',
    security: 'none',
    rateLimit: 'auth',
    body: users.v1RefreshBody,
    responses: {
      200: { description: 'New tokens', schema: res.v1TokensResponse },
      400: problem('VALIDATION_ERROR'),
      401: problem('UNAUTHORIZED'),
    },
  },
  {
    method: 'post',
    path: '/api/v1/auth/logout',
    contract: 'codemeet-v1',
    tag: 'Auth (v1)',
    summary: 'Log out: revoke the session and its tokens',
    security: 'user',
    responses: { 204: { description: 'Logged out' }, 401: problem('UNAUTHORIZED') },
  },
  {
    method: 'get',
    path: '/api/v1/users/me',
    contract: 'codemeet-v1',
    tag: 'Users (v1)',
    summary: '1.3 The current user',
    security: 'user',
    responses: { 200: { description: 'Me', schema: res.v1MeResponse }, 401: problem('UNAUTHORIZED') },
  },
  {
    method: 'get',
    path: '/api/v1/users/me/preferences',
    contract: 'codemeet-v1',
    tag: 'Users (v1)',
    summary: 'Read preferences',
    security: 'user',
    responses: { 200: { description: 'Preferences', schema: res.v1PreferencesResponse }, 401: problem('UNAUTHORIZED') },
  },
  {
    method: 'put',
    path: '/api/v1/users/me/preferences',
    contract: 'codemeet-v1',
    tag: 'Users (v1)',
    summary: '1.4 Update preferences',
    description: 'Fields left out keep their value.',
    security: 'user',
    body: users.v1PreferencesBody,
    responses: {
      200: { description: 'Saved', schema: res.v1PreferencesResponse },
      400: problem('VALIDATION_ERROR'),
      401: problem('UNAUTHORIZED'),
    },
  },
  {
    method: 'post',
    path: '/api/v1/users/me/avatar',
    contract: 'codemeet-v1',
    tag: 'Users (v1)',
    summary: 'Upload an avatar image',
    security: 'user',
    multipart: { field: 'avatar', description: 'PNG, JPEG, GIF or WebP, up to 2 MB' },
    responses: {
      200: { description: 'Me, with the new avatarUrl', schema: res.v1MeResponse },
      400: problem('VALIDATION_ERROR'),
      401: problem('UNAUTHORIZED'),
      413: problem('PAYLOAD_TOO_LARGE'),
      415: problem('UNSUPPORTED_MEDIA_TYPE'),
    },
  },
  // Code execution and judging (server/sandbox), for practice now and interview rooms later
  {
    method: 'post',
    path: '/api/v1/executions',
    contract: 'codemeet-v1',
    tag: 'Code execution (v1)',
    summary: 'Run code on stdin in the sandbox (the run_code event as REST)',
    description:
      'Answers the code_output event’s fields (output, error, runtime) plus a verdict-style status, the exit code and peak memory.',
    security: 'user',
    body: execution.executionBody,
    responses: {
      200: { description: 'Ran (status tells how it ended)', schema: res.executionResponse },
      400: problem('VALIDATION_ERROR'),
      401: problem('UNAUTHORIZED'),
      429: problem('RATE_LIMIT_EXCEEDED'),
      503: problem('SERVICE_UNAVAILABLE: the runner is busy (Retry-After) or has no sandbox'),
    },
  },
  {
    method: 'post',
    path: '/api/v1/submissions',
    contract: 'codemeet-v1',
    tag: 'Code execution (v1)',
    summary: 'Judge a solution against a practice problem (4.4’s answer)',
    description:
      'Without testCases the problem’s own cases are used, hidden ones included (judged without revealing their data). testCases use 4.4’s format: input is the comma-separated JSON arguments, expectedOutput the JSON result.',
    security: 'user',
    body: execution.submissionBody,
    responses: {
      201: { description: 'Judged and stored', schema: res.submissionResponse },
      400: problem('VALIDATION_ERROR'),
      401: problem('UNAUTHORIZED'),
      503: problem('SERVICE_UNAVAILABLE'),
    },
  },
  {
    method: 'get',
    path: '/api/v1/submissions',
    contract: 'codemeet-v1',
    tag: 'Code execution (v1)',
    summary: 'The caller’s submissions, newest first (Appendix B pagination)',
    security: 'user',
    query: paginationQuery(execution.SUBMISSION_SORT_FIELDS, 'createdAt'),
    responses: {
      200: { description: 'A page', schema: res.submissionPageResponse },
      400: problem('VALIDATION_ERROR'),
      401: problem('UNAUTHORIZED'),
    },
  },
  {
    method: 'get',
    path: '/api/v1/submissions/{submissionId}',
    contract: 'codemeet-v1',
    tag: 'Code execution (v1)',
    summary: 'One of the caller’s submissions, with its code',
    security: 'user',
    responses: {
      200: { description: 'The submission', schema: res.submissionResponse },
      401: problem('UNAUTHORIZED'),
      404: problem('NOT_FOUND'),
    },
  },
];
