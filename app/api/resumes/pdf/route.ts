// GET /api/resumes/pdf — beside ai-interview-api.md Resumes 1: the caller's résumé as a PDF
import { z } from 'zod';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { renderResumePdf } from '@/lib/resumes/pdf';
import { getResume } from '@/lib/resumes/service';

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  GET: legacyRoute(
    {
      auth: 'user',
      query: z.object({ lang: z.enum(['zh-TW', 'en'], { error: 'lang must be zh-TW or en' }).default('zh-TW') }),
      docs: {
        tag: 'Resumes (ai-interview)',
        summary: 'The caller’s résumé as an A4 PDF',
        description: 'Typeset in Noto Sans TC; section headings in `lang` (zh-TW or en). The name and contact line come from the profile.',
        responses: { 200: { description: 'The PDF', contentType: 'application/pdf' }, 404: { description: '資料不存在: no résumé yet' } },
      },
    },
    async ({ db, actor, query }) => {
      const pdf = await renderResumePdf(actor.user, await getResume(db, actor), query.lang);
      return new Response(new Uint8Array(pdf), {
        headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="resume.pdf"` },
      });
    },
  ),
});
