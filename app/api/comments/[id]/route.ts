// GET /api/comments/{discussion}, DELETE /api/comments/{comment} — ai-interview-api.md Comments 1 and 4
import { z } from 'zod';
import { viewerIdOf } from '@/lib/auth/actor';
import { deleteComment, listComments } from '@/lib/forum/comments';
import { legacyComment } from '@/lib/forum/present';
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { rowId } from '@/lib/ids';
import { commentListResponse } from '@/lib/validation/career-responses';
import { messageResponse } from '@/lib/validation/responses';

const TAG = 'Comments (ai-interview)';
// The contract names this segment {discussion} for GET and {comment} for DELETE.
const params = z.object({ id: z.string().meta({ example: '1' }) });

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  GET: legacyRoute(
    {
      auth: 'optional',
      params,
      docs: {
        tag: TAG,
        summary: '查看留言 A discussion’s comments, oldest first ({id} is the discussion)',
        description: 'With a token, each comment tells whether it is the caller’s (`mine`).',
        responses: { 200: { description: 'The comments', schema: commentListResponse }, 404: { description: '資料不存在' } },
      },
    },
    async ({ db, actor, params }) => {
      const viewer = viewerIdOf(actor);
      const list = await listComments(db, { kind: 'discussion', id: rowId(params.id) });
      return json(list.map((c) => legacyComment(c, viewer)));
    },
  ),
  DELETE: legacyRoute(
    {
      auth: 'user',
      params,
      docs: {
        tag: TAG,
        summary: '刪除留言 Delete one’s own comment ({id} is the comment)',
        responses: { 200: { description: '刪除成功', schema: messageResponse }, 404: { description: '資料不存在' } },
      },
    },
    async ({ db, actor, params }) => {
      await deleteComment(db, actor, rowId(params.id));
      return json({ message: '刪除成功' });
    },
  ),
});
