// POST /api/v1/auth/register — codemeet-api.md 認證流程 (same as 1.1)
import { registerHandler } from '@/app/api/v1/_shared/register';
import { v1Methods } from '@/lib/http/v1';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({ POST: registerHandler('Register (the auth flow’s path; same as 1.1)') });
