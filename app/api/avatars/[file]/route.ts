// GET /api/avatars/{file} — serves uploaded avatars (the URL stored in a profile's avatar field)
import { z } from 'zod';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { readAvatar } from '@/lib/users/avatars';

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  GET: legacyRoute(
    {
      auth: 'none',
      rateLimit: 'none',
      params: z.object({ file: z.string() }),
      docs: {
        tag: 'Users (ai-interview)',
        summary: 'An uploaded avatar image',
        responses: { 200: { description: 'The image', contentType: 'image/*' }, 404: { description: '資料不存在' } },
      },
    },
    async ({ params }) => {
      const { bytes, contentType } = await readAvatar(params.file);
      return new Response(new Uint8Array(bytes), {
        headers: {
          'Content-Type': contentType,
          // Names are random and never reused, so the file can be cached for good.
          'Cache-Control': 'public, max-age=31536000, immutable',
          'Content-Security-Policy': "default-src 'none'",
        },
      });
    },
  ),
});
