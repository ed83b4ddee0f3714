import { buildOpenApiDocument } from '@/lib/openapi/document';
import { OPERATIONS } from '@/lib/openapi/operations';

export const metadata = { title: 'API 文件 API docs' };

const METHOD_COLOURS: Record<string, string> = {
  get: 'bg-sky-100 text-sky-800',
  post: 'bg-green-100 text-green-800',
  put: 'bg-amber-100 text-amber-800',
  patch: 'bg-violet-100 text-violet-800',
  delete: 'bg-red-100 text-red-800',
};

type OperationDoc = {
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
};

export default function DocsPage() {
  const doc = buildOpenApiDocument();
  const tags = [...new Set(OPERATIONS.map((o) => o.tag))];
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{doc.info.title}</h1>
        <p className="text-sm text-slate-600">{doc.info.description}</p>
        <p className="text-sm">
          <a href="/api/openapi.json" className="text-brand-600 hover:underline">
            /api/openapi.json
          </a>{' '}
          · OpenAPI {doc.openapi} · v{doc.info.version}
        </p>
      </header>
      {tags.map((tag) => (
        <section key={tag} className="space-y-3">
          <h2 className="text-xl font-semibold">{tag}</h2>
          {OPERATIONS.filter((o) => o.tag === tag).map((op) => {
            const detail = doc.paths[op.path]?.[op.method] as OperationDoc | undefined;
            const body = detail?.requestBody && Object.values(detail.requestBody.content)[0]?.schema;
            return (
              <details key={`${op.method} ${op.path}`} className="card p-4" id={`${op.method}-${op.path}`}>
                <summary className="flex cursor-pointer flex-wrap items-center gap-3">
                  <span className={`rounded px-2 py-0.5 font-mono text-xs font-bold uppercase ${METHOD_COLOURS[op.method]}`}>
                    {op.method}
                  </span>
                  <code className="font-mono text-sm">{op.path}</code>
                  <span className="text-sm text-slate-600">{op.summary}</span>
                  {op.security !== 'none' && <span className="ml-auto text-xs text-slate-500">🔒 {op.security}</span>}
                </summary>
                <div className="mt-4 space-y-3 text-sm">
                  {op.description && <p className="text-slate-700">{op.description}</p>}
                  {op.rateLimit && <p className="text-slate-500">Rate limit: {op.rateLimit === 'auth' ? '5' : '100'} requests / min</p>}
                  {body !== undefined && (
                    <div>
                      <h3 className="font-medium">Request body</h3>
                      <pre className="overflow-x-auto rounded bg-slate-900 p-3 text-xs text-slate-100">{JSON.stringify(body, null, 2)}</pre>
                    </div>
                  )}
                  <div>
                    <h3 className="font-medium">Responses</h3>
                    <ul className="space-y-2">
                      {Object.entries(detail?.responses ?? {}).map(([status, r]) => (
                        <li key={status}>
                          <span className="font-mono font-semibold">{status}</span> {r.description}
                          {r.content && (
                            <pre className="mt-1 overflow-x-auto rounded bg-slate-100 p-2 text-xs">
                              {JSON.stringify(Object.values(r.content)[0]?.schema, null, 2)}
                            </pre>
                          )}
                        </li>
                      ))}
                    </ul>
                  </div>
                </div>
              </details>
            );
          })}
        </section>
      ))}
    </div>
  );
}
