import 'server-only';
import { z } from 'zod';
import { addFavorite, removeFavoriteOf } from '@/lib/favorites/service';
import type { PostRef } from '@/lib/forum/posts';
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { rowId } from '@/lib/ids';
import { favoriteAddedResponse } from '@/lib/validation/career-responses';
import { messageResponse } from '@/lib/validation/responses';

const TAG = 'Favorites (ai-interview)';

/**
 * ai-interview-api.md Favorites 1 and 2 add a favorite with GET; POST is served beside it (a GET
 * should not write), and DELETE removes the caller's favorite of the same post. Adding is idempotent.
 */
export function favoriteToggleRoutes(kind: PostRef['kind'], param: 'discussion' | 'experience', title: string) {
  const params = z.object({ [param]: z.string().meta({ example: '1' }) }) as z.ZodType<Record<string, string>>;
  const add = (method: 'GET' | 'POST') =>
    legacyRoute(
      {
        auth: 'user',
        params,
        docs: {
          tag: TAG,
          summary: method === 'GET' ? `${title} (as the contract: GET)` : `${title} (POST, the safe form)`,
          description: 'Idempotent: favoriting again keeps one favorite and answers its id.',
          responses: {
            200: { description: '新增成功, with the favorite_id', schema: favoriteAddedResponse },
            404: { description: '資料不存在' },
          },
        },
      },
      async ({ db, actor, params }) => {
        const favorite = await addFavorite(db, actor, { kind, id: rowId(params[param]!) });
        return json({ message: '新增成功', favorite_id: favorite.id });
      },
    );
  return legacyMethods({
    GET: add('GET'),
    POST: add('POST'),
    DELETE: legacyRoute(
      {
        auth: 'user',
        params,
        docs: {
          tag: TAG,
          summary: `取消收藏 Remove the caller’s favorite of this ${kind}`,
          description: 'Nothing to remove is not an error.',
          responses: { 200: { description: '取消成功', schema: messageResponse } },
        },
      },
      async ({ db, actor, params }) => {
        await removeFavoriteOf(db, actor, { kind, id: rowId(params[param]!) });
        return json({ message: '取消成功' });
      },
    ),
  });
}
