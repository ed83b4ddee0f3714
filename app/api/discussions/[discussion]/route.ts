// GET, PATCH, DELETE /api/discussions/{discussion} — ai-interview-api.md Discussions 3, 5 and 6
import { z } from 'zod';
import { viewerIdOf } from '@/lib/auth/actor';
import { deleteDiscussion, getDiscussion, updateDiscussion } from '@/lib/forum/discussions';
import { legacyDiscussion } from '@/lib/forum/present';
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { rowId } from '@/lib/ids';
import { discussionPatchBody } from '@/lib/validation/career';
import { discussionResponse } from '@/lib/validation/career-responses';
import { messageResponse } from '@/lib/validation/responses';

const TAG = 'Discussions (ai-interview)';
const params = z.object({ discussion: z.string().meta({ example: '1' }) });

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  GET: legacyRoute(
    {
      auth: 'optional',
      params,
      docs: {
        tag: TAG,
        summary: '查看特定篇討論 One discussion',
        responses: { 200: { description: 'The discussion', schema: discussionResponse }, 404: { description: '資料不存在' } },
      },
    },
    async ({ db, actor, params }) => json(legacyDiscussion(await getDiscussion(db, viewerIdOf(actor), rowId(params.discussion)))),
  ),
  PATCH: legacyRoute(
    {
      auth: 'user',
      params,
      body: discussionPatchBody,
      docs: {
        tag: TAG,
        summary: '編輯討論 Edit one’s own discussion',
        description:
          'Fields sent change; the body may be sent as `description` (the contract) or `content`. Only the author may edit (403 權限不足 for anyone else).',
        responses: { 200: { description: '編輯成功', schema: messageResponse }, 404: { description: '資料不存在' } },
      },
    },
    async ({ db, actor, params, body }) => {
      await updateDiscussion(db, actor, rowId(params.discussion), body);
      return json({ message: '編輯成功' });
    },
  ),
  DELETE: legacyRoute(
    {
      auth: 'user',
      params,
      docs: {
        tag: TAG,
        summary: '刪除討論 Delete one’s own discussion, with its comments and favorites',
        responses: { 200: { description: '刪除成功', schema: messageResponse }, 404: { description: '資料不存在' } },
      },
    },
    async ({ db, actor, params }) => {
      await deleteDiscussion(db, actor, rowId(params.discussion));
      return json({ message: '刪除成功' });
    },
  ),
});
