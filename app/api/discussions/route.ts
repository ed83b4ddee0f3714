// GET, POST /api/discussions — ai-interview-api.md Discussions 1 and 2
import { viewerIdOf } from '@/lib/auth/actor';
import { createDiscussion, listDiscussions } from '@/lib/forum/discussions';
import { legacyDiscussion } from '@/lib/forum/present';
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { pageHeaders } from '@/lib/http/pagination';
import { discussionBody, discussionListQuery } from '@/lib/validation/career';
import { createdResponse, discussionListResponse } from '@/lib/validation/career-responses';

const TAG = 'Discussions (ai-interview)';

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  GET: legacyRoute(
    {
      auth: 'optional',
      query: discussionListQuery,
      docs: {
        tag: TAG,
        summary: '查看全部的討論 The forum, a page at a time',
        description:
          'An array, as the contract answers; the page is chosen by `page` and `per_page` (20, at most 100) and described by the headers `X-Total-Count` and `Link` (rel="next"/"prev"). `tag` filters, `q` searches titles, bodies and tags (Chinese words are found inside sentences; posts whose title matches come first, then the newest), `sort` orders by `newest`, `favorites` or `comments`. With a token each item tells the caller’s `favorite_id`.',
        responses: { 200: { description: 'One page of discussions', schema: discussionListResponse } },
      },
    },
    async ({ db, actor, query, request }) => {
      const page = await listDiscussions(db, viewerIdOf(actor), query);
      return json(page.items.map(legacyDiscussion), 200, pageHeaders(request.url, page));
    },
  ),
  POST: legacyRoute(
    {
      auth: 'user',
      body: discussionBody,
      docs: {
        tag: TAG,
        summary: '發布討論 Post a discussion',
        description: '`content` is Markdown (up to 20,000 characters); at most 5 tags of up to 20 characters.',
        responses: {
          200: { description: '新增成功, with the new discussion_id', schema: createdResponse('discussion_id') },
          400: { description: '資料有誤' },
        },
      },
    },
    async ({ db, actor, body }) => {
      const { id } = await createDiscussion(db, actor, body);
      return json({ message: '新增成功', discussion_id: id });
    },
  ),
});
