// POST /api/users/signup — ai-interview-api.md Users 2
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { signUp } from '@/lib/users/service';
import { messageResponse } from '@/lib/validation/responses';
import { legacySignupBody } from '@/lib/validation/users';

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  POST: legacyRoute(
    {
      auth: 'none',
      rateLimit: 'auth',
      body: legacySignupBody,
      messages: {
        validation: '註冊資料有誤',
        conflict: (error) => (error.fieldErrors?.account ? '帳號已註冊過' : '信箱已註冊過'),
      },
      docs: {
        tag: 'Users (ai-interview)',
        summary: '註冊 Sign up',
        responses: {
          200: { description: '註冊成功', schema: messageResponse },
          400: { description: '註冊資料有誤 / 信箱已註冊過 / 帳號已註冊過' },
        },
      },
    },
    async ({ db, origin, body }) => {
      await signUp(db, origin, body);
      return json({ message: '註冊成功' });
    },
  ),
});
