// GET /api/favorites/discussions — ai-interview-api.md Favorites 3
import { listFavoriteDiscussions } from '@/lib/favorites/service';
import { legacyFavoriteDiscussion } from '@/lib/forum/present';
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { favoriteDiscussionListResponse } from '@/lib/validation/career-responses';

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  GET: legacyRoute(
    {
      auth: 'user',
      docs: {
        tag: 'Favorites (ai-interview)',
        summary: '查看討論收藏 The caller’s favorite discussions, most recently favorited first',
        description: 'Each item carries its `favorite_id`, which `DELETE /api/favorites/{favorite}` takes.',
        responses: { 200: { description: 'The favorite discussions', schema: favoriteDiscussionListResponse } },
      },
    },
    async ({ db, actor }) => json((await listFavoriteDiscussions(db, actor)).map(legacyFavoriteDiscussion)),
  ),
});
