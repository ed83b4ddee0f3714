import { headers } from 'next/headers';
import { NONCE_HEADER } from '@/lib/http/request';
import { getMessages } from '@/app/_lib/i18n';
import { ApiReference } from './_components/api-reference';

export const metadata = { title: 'API 文件 API docs' };

/** The API reference: the OpenAPI document every route builds from its own declarations, with "try it out". */
export default async function DocsPage() {
  const [{ t }, requestHeaders] = await Promise.all([getMessages(), headers()]);
  return (
    <div className="space-y-4">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t.apiDocs}</h1>
        <p className="text-sm text-slate-600">{t.apiDocsIntro}</p>
        <p className="text-sm">
          <a href="/api/openapi.json" className="text-brand-600 hover:underline">
            /api/openapi.json
          </a>
        </p>
      </header>
      <ApiReference nonce={requestHeaders.get(NONCE_HEADER) ?? undefined} />
    </div>
  );
}
