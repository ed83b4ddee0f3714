// GET, PATCH, DELETE /api/experiences/{experience} — ai-interview-api.md Experiences 3, 5 and 6
import { z } from 'zod';
import { viewerIdOf } from '@/lib/auth/actor';
import { legacyExperience } from '@/lib/experiences/present';
import { deleteExperience, getExperience, updateExperience } from '@/lib/experiences/service';
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { rowId } from '@/lib/ids';
import { experiencePatchBody } from '@/lib/validation/career';
import { experienceResponse } from '@/lib/validation/career-responses';
import { messageResponse } from '@/lib/validation/responses';

const TAG = 'Experiences (ai-interview)';
const params = z.object({ experience: z.string().meta({ example: '1' }) });

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  GET: legacyRoute(
    {
      auth: 'optional',
      params,
      docs: {
        tag: TAG,
        summary: '查看特定篇面試分享 One interview experience',
        responses: { 200: { description: 'The experience', schema: experienceResponse }, 404: { description: '資料不存在' } },
      },
    },
    async ({ db, actor, params }) => json(legacyExperience(await getExperience(db, viewerIdOf(actor), rowId(params.experience)))),
  ),
  PATCH: legacyRoute(
    {
      auth: 'user',
      params,
      body: experiencePatchBody,
      docs: {
        tag: TAG,
        summary: '編輯面試分享 Edit one’s own experience',
        description:
          'The contract names `interview_sharing`, `interview_result` and `interview_question`; any field of the experience may be sent. Only the author may edit.',
        responses: { 200: { description: '編輯成功', schema: messageResponse }, 404: { description: '資料不存在' } },
      },
    },
    async ({ db, actor, params, body }) => {
      await updateExperience(db, actor, rowId(params.experience), body);
      return json({ message: '編輯成功' });
    },
  ),
  DELETE: legacyRoute(
    {
      auth: 'user',
      params,
      docs: {
        tag: TAG,
        summary: '刪除面試分享 Delete one’s own experience, with its comments and favorites',
        responses: { 200: { description: '刪除成功', schema: messageResponse }, 404: { description: '資料不存在' } },
      },
    },
    async ({ db, actor, params }) => {
      await deleteExperience(db, actor, rowId(params.experience));
      return json({ message: '刪除成功' });
    },
  ),
});
