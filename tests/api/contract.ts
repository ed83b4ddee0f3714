import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

/**
 * Contract testing: every answer the API tests receive is held to what its route declares in
 * /api/openapi.json (which the server builds from the routes themselves). An undeclared status,
 * a body that does not match its schema, or a wrong media type fails the test that got it,
 * so docs and behaviour cannot drift apart.
 */
interface ResponseObject {
  content?: Record<string, { schema?: Record<string, unknown> }>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, { responses: Record<string, ResponseObject> }>>;
  components: Record<string, unknown>;
}

let loaded: Promise<{ doc: OpenApiDocument; routes: Array<{ template: string; pattern: RegExp }> }> | undefined;
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
const compiled = new Map<string, ValidateFunction>();

function load(baseUrl: string) {
  loaded ??= fetch(`${baseUrl}/api/openapi.json`)
    .then((res) => res.json() as Promise<OpenApiDocument>)
    .then((doc) => ({
      doc,
      // Static segments outrank parameters, as the router matches them.
      routes: Object.keys(doc.paths)
        .map((template) => ({
          template,
          pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^/]+')}$`),
        }))
        .sort((a, b) => (a.template.match(/\{/g)?.length ?? 0) - (b.template.match(/\{/g)?.length ?? 0)),
    }));
  return loaded;
}

function validator(key: string, schema: Record<string, unknown>, components: Record<string, unknown>): ValidateFunction {
  let validate = compiled.get(key);
  if (!validate) {
    // The document's components sit beside the schema, so its #/components/... refs resolve.
    validate = ajv.compile({ ...schema, components });
    compiled.set(key, validate);
  }
  return validate;
}

/** Null when the answer is what the route declares; otherwise what is wrong with it. */
export async function contractViolation(
  baseUrl: string,
  method: string,
  path: string,
  status: number,
  contentType: string | null,
  body: unknown,
): Promise<string | null> {
  const { doc, routes } = await load(baseUrl);
  const pathname = new URL(path, baseUrl).pathname;
  // Paths no route documents (unknown paths, next-auth) and methods a route lacks (405) are the catch-alls' business.
  const route = routes.find((r) => r.pattern.test(pathname));
  const operation = route && doc.paths[route.template]?.[method.toLowerCase()];
  if (!route || !operation) return null;
  const declared = operation.responses[String(status)];
  const where = `${method} ${route.template} → ${status}`;
  if (!declared) return `${where} is not a documented answer (documented: ${Object.keys(operation.responses).join(', ')})`;
  if (!declared.content) return body === null || body === '' ? null : `${where} documents no body but one came`;
  const mediaType = (contentType ?? '').split(';')[0]!.trim();
  const [declaredType, media] =
    Object.entries(declared.content).find(
      ([type]) => type === mediaType || (type.endsWith('/*') && mediaType.startsWith(type.slice(0, -1))),
    ) ?? [];
  if (!declaredType) return `${where} answered ${mediaType || 'no Content-Type'}, documented ${Object.keys(declared.content).join(', ')}`;
  if (!media?.schema) return null;
  const validate = validator(`${where} ${declaredType}`, media.schema, doc.components);
  if (validate(body)) return null;
  return `${where} does not match its schema: ${ajv.errorsText(validate.errors)}; body: ${JSON.stringify(body).slice(0, 500)}`;
}
