// GET, POST /api/experiences — ai-interview-api.md Experiences 1 and 2
import { viewerIdOf } from '@/lib/auth/actor';
import { legacyExperienceSummary } from '@/lib/experiences/present';
import { listExperiences, shareExperience } from '@/lib/experiences/service';
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { pageHeaders } from '@/lib/http/pagination';
import { experienceBody, experienceListQuery } from '@/lib/validation/career';
import { createdResponse, experienceListResponse } from '@/lib/validation/career-responses';

const TAG = 'Experiences (ai-interview)';

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  GET: legacyRoute(
    {
      auth: 'optional',
      query: experienceListQuery,
      docs: {
        tag: TAG,
        summary: '查看全部的面試分享 Interview experiences, newest first, a page at a time',
        description:
          'An array, as the contract answers; `page` and `per_page` (20, at most 100) choose the page, `X-Total-Count` and `Link` describe it. Filters: `company` (matched loosely: case, full-width letters and spaces do not matter), `position`, `result`, `difficulty`. With a token each item tells the caller’s `favorite_id`.',
        responses: { 200: { description: 'One page of experiences', schema: experienceListResponse } },
      },
    },
    async ({ db, actor, query, request }) => {
      const page = await listExperiences(db, viewerIdOf(actor), query);
      return json(page.items.map(legacyExperienceSummary), 200, pageHeaders(request.url, page));
    },
  ),
  POST: legacyRoute(
    {
      auth: 'user',
      body: experienceBody,
      docs: {
        tag: TAG,
        summary: '發布面試分享 Share an interview experience',
        description:
          '`interview_date` is YYYY/MM/DD and not in the future; `interview_sharing` is Markdown; `interview_evaluation` (1–5) may be given, as Experiences 3 shows it.',
        responses: {
          200: { description: '新增成功, with the new experience_id', schema: createdResponse('experience_id') },
          400: { description: '資料有誤' },
        },
      },
    },
    async ({ db, actor, body }) => {
      const { id } = await shareExperience(db, actor, body);
      return json({ message: '新增成功', experience_id: id });
    },
  ),
});
