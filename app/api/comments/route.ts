// POST, PATCH /api/comments — ai-interview-api.md Comments 2 and 3
import { addComment, editComment } from '@/lib/forum/comments';
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { commentBody, commentPatchBody } from '@/lib/validation/career';
import { createdResponse } from '@/lib/validation/career-responses';
import { messageResponse } from '@/lib/validation/responses';

const TAG = 'Comments (ai-interview)';

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  POST: legacyRoute(
    {
      auth: 'user',
      body: commentBody,
      docs: {
        tag: TAG,
        summary: '新增留言 Comment on a discussion (or an interview experience)',
        description: 'Send `discussion` (the contract) or `experience` with the `comment` (up to 2,000 characters).',
        responses: {
          200: { description: '新增成功, with the new comment_id', schema: createdResponse('comment_id') },
          400: { description: '資料有誤' },
          404: { description: '資料不存在: no such discussion or experience' },
        },
      },
    },
    async ({ db, actor, body }) => {
      const target =
        body.discussion !== undefined
          ? { kind: 'discussion' as const, id: body.discussion }
          : { kind: 'experience' as const, id: body.experience! };
      const { id } = await addComment(db, actor, target, body.comment);
      return json({ message: '新增成功', comment_id: id });
    },
  ),
  PATCH: legacyRoute(
    {
      auth: 'user',
      body: commentPatchBody,
      docs: {
        tag: TAG,
        summary: '編輯留言 Edit one’s own comment',
        responses: {
          200: { description: '編輯成功', schema: messageResponse },
          400: { description: '資料有誤' },
          404: { description: '資料不存在' },
        },
      },
    },
    async ({ db, actor, body }) => {
      await editComment(db, actor, body.comment_id, body.comment);
      return json({ message: '編輯成功' });
    },
  ),
});
