// POST /api/v1/users/register — codemeet-api.md 1.1
import { registerHandler } from '@/app/api/v1/_shared/register';
import { v1Methods } from '@/lib/http/v1';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({ POST: registerHandler('1.1 Register') });
