// GET /api/favorites/experiences — ai-interview-api.md Favorites 4
import { legacyExperienceSummary } from '@/lib/experiences/present';
import { listFavoriteExperiences } from '@/lib/favorites/service';
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { experienceListResponse } from '@/lib/validation/career-responses';

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  GET: legacyRoute(
    {
      auth: 'user',
      docs: {
        tag: 'Favorites (ai-interview)',
        summary: '查看面試分享收藏 The caller’s favorite experiences, most recently favorited first',
        description: 'Each item carries its `favorite_id`, which `DELETE /api/favorites/{favorite}` takes.',
        responses: { 200: { description: 'The favorite experiences', schema: experienceListResponse } },
      },
    },
    async ({ db, actor }) => json((await listFavoriteExperiences(db, actor)).map(legacyExperienceSummary)),
  ),
});
