// GET /api/companies/{company} — beyond the contract: one company's interviews at a glance
import { z } from 'zod';
import { companyProfile } from '@/lib/experiences/companies';
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { INTERVIEW_DIFFICULTIES, INTERVIEW_RESULTS } from '@/lib/validation/career';

const share = { count: z.number().int(), share: z.number() };
const profile = z.object({
  key: z.string(),
  name: z.string(),
  experiences: z.number().int(),
  results: z.array(z.object({ result: z.enum(INTERVIEW_RESULTS), ...share })),
  difficulties: z.array(z.object({ difficulty: z.enum(INTERVIEW_DIFFICULTIES), ...share })),
  averageEvaluation: z.number().nullable(),
  evaluations: z.number().int(),
  positions: z.array(z.object({ position: z.string(), count: z.number().int() })),
  topQuestions: z.array(z.object({ question: z.string(), count: z.number().int() })),
});

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  GET: legacyRoute(
    {
      auth: 'none',
      params: z.object({ company: z.string().max(100).meta({ example: '鼎新' }) }),
      docs: {
        tag: 'Companies',
        summary: 'One company: results, difficulty, evaluation, positions and the questions asked most',
        description: 'The name is matched loosely (case, full-width letters, spaces and punctuation do not matter).',
        responses: {
          200: { description: 'The company', schema: profile },
          404: { description: '資料不存在: nobody has shared an interview there' },
        },
      },
    },
    async ({ db, params }) => json(await companyProfile(db, params.company)),
  ),
});
