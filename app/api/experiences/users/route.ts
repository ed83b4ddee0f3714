// GET /api/experiences/users — ai-interview-api.md Experiences 4
import { legacyExperience } from '@/lib/experiences/present';
import { listMyExperiences } from '@/lib/experiences/service';
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { experienceDetailListResponse } from '@/lib/validation/career-responses';

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  GET: legacyRoute(
    {
      auth: 'user',
      docs: {
        tag: 'Experiences (ai-interview)',
        summary: '查看自己的面試分享 The caller’s own experiences, newest first',
        responses: { 200: { description: 'The caller’s experiences', schema: experienceDetailListResponse } },
      },
    },
    async ({ db, actor }) => json((await listMyExperiences(db, actor)).map(legacyExperience)),
  ),
});
