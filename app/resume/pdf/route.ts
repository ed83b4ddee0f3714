// GET /resume/pdf — the signed-in user's résumé as a PDF download (the page's button; API clients use /api/resumes/pdf)
import { getDb } from '@/db';
import { getWebActor } from '@/app/_lib/auth';
import { getLocale } from '@/app/_lib/i18n';
import { renderResumePdf } from '@/lib/resumes/pdf';
import { findResume } from '@/lib/resumes/service';

export async function GET(request: Request): Promise<Response> {
  const actor = await getWebActor();
  if (!actor) return Response.redirect(new URL('/login?next=%2Fresume', request.url), 303);
  const resume = await findResume(await getDb(), actor);
  if (!resume) return new Response('No résumé yet', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const pdf = await renderResumePdf(actor.user, resume, await getLocale());
  // An ASCII fallback name for old clients, the UTF-8 one (RFC 6266) for everyone else.
  const name = `${actor.user.name}-履歷.pdf`;
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="resume.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'Cache-Control': 'no-store',
    },
  });
}
