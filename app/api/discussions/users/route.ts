// GET /api/discussions/users — ai-interview-api.md Discussions 4
import { listMyDiscussions } from '@/lib/forum/discussions';
import { legacyOwnDiscussion } from '@/lib/forum/present';
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { ownDiscussionListResponse } from '@/lib/validation/career-responses';

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  GET: legacyRoute(
    {
      auth: 'user',
      docs: {
        tag: 'Discussions (ai-interview)',
        summary: '查看自己的討論 The caller’s own discussions, newest first',
        responses: { 200: { description: 'The caller’s discussions', schema: ownDiscussionListResponse } },
      },
    },
    async ({ db, actor }) => json((await listMyDiscussions(db, actor)).map(legacyOwnDiscussion)),
  ),
});
