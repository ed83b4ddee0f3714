// DELETE /api/favorites/{favorite} — ai-interview-api.md Favorites 5
import { z } from 'zod';
import { removeFavorite } from '@/lib/favorites/service';
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { rowId } from '@/lib/ids';
import { messageResponse } from '@/lib/validation/responses';

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  DELETE: legacyRoute(
    {
      auth: 'user',
      params: z.object({ favorite: z.string().meta({ example: '1' }) }),
      docs: {
        tag: 'Favorites (ai-interview)',
        summary: '取消收藏 Remove one of the caller’s favorites, by its id',
        responses: { 200: { description: '取消成功', schema: messageResponse }, 404: { description: '資料不存在' } },
      },
    },
    async ({ db, actor, params }) => {
      await removeFavorite(db, actor, rowId(params.favorite));
      return json({ message: '取消成功' });
    },
  ),
});
