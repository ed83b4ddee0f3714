// GET /api/comments/experiences/{experience} — beside ai-interview-api.md Comments 1: an experience's comments
import { z } from 'zod';
import { viewerIdOf } from '@/lib/auth/actor';
import { listComments } from '@/lib/forum/comments';
import { legacyComment } from '@/lib/forum/present';
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { rowId } from '@/lib/ids';
import { commentListResponse } from '@/lib/validation/career-responses';

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  GET: legacyRoute(
    {
      auth: 'optional',
      params: z.object({ experience: z.string().meta({ example: '1' }) }),
      docs: {
        tag: 'Comments (ai-interview)',
        summary: 'An interview experience’s comments, oldest first',
        description: 'Comment on one with `POST /api/comments` `{ experience, comment }`; edit and delete as any comment.',
        responses: { 200: { description: 'The comments', schema: commentListResponse }, 404: { description: '資料不存在' } },
      },
    },
    async ({ db, actor, params }) => {
      const viewer = viewerIdOf(actor);
      const list = await listComments(db, { kind: 'experience', id: rowId(params.experience) });
      return json(list.map((c) => legacyComment(c, viewer)));
    },
  ),
});
