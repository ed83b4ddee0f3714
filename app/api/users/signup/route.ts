// POST /api/users/signup — ai-interview-api.md Users 2
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { registerUser } from '@/lib/users/service';
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
    },
    async ({ db, body }) => {
      await registerUser(db, body);
      return json({ message: '註冊成功' });
    },
  ),
});
