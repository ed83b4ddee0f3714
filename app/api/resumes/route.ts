// GET, POST, PATCH /api/resumes — ai-interview-api.md Resumes 1, 2 and 3
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { legacyResume } from '@/lib/resumes/present';
import { createResume, getResume, updateResume } from '@/lib/resumes/service';
import { legacyResumeBody } from '@/lib/validation/career';
import { resumeResponse } from '@/lib/validation/career-responses';
import { messageResponse } from '@/lib/validation/responses';

const TAG = 'Resumes (ai-interview)';
const BODY_RULES =
  'Every field may be sent alone. Dates are YYYY/MM/DD; a row still going on ends 在學中 (education) or 在職中 (work). Rows keep the order sent. `Portfolio` (the contract’s spelling) and `portfolio` are the same field, as are `skill` and `skills`.';

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  GET: legacyRoute(
    {
      auth: 'user',
      docs: {
        tag: TAG,
        summary: '查看履歷 The caller’s résumé',
        responses: { 200: { description: 'The résumé', schema: resumeResponse }, 404: { description: '資料不存在: no résumé yet' } },
      },
    },
    async ({ db, actor }) => json(legacyResume(await getResume(db, actor))),
  ),
  POST: legacyRoute(
    {
      auth: 'user',
      body: legacyResumeBody,
      messages: { validation: '資料填寫有誤', conflict: () => '履歷已存在' },
      docs: {
        tag: TAG,
        summary: '新增履歷 Write the résumé (one per user)',
        description: BODY_RULES,
        responses: { 200: { description: '新增成功', schema: messageResponse }, 400: { description: '資料填寫有誤, or 履歷已存在' } },
      },
    },
    async ({ db, actor, body }) => {
      await createResume(db, actor, body);
      return json({ message: '新增成功' });
    },
  ),
  PATCH: legacyRoute(
    {
      auth: 'user',
      body: legacyResumeBody,
      docs: {
        tag: TAG,
        summary: '修改履歷 Change the résumé',
        description: `${BODY_RULES} Fields sent replace the stored ones; the answer is the résumé as saved.`,
        responses: {
          200: { description: 'The résumé as saved', schema: resumeResponse },
          400: { description: '資料有誤' },
          404: { description: '資料不存在: no résumé yet' },
        },
      },
    },
    async ({ db, actor, body }) => json(legacyResume(await updateResume(db, actor, body))),
  ),
});
