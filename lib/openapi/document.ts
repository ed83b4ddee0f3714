import 'server-only';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { env } from '@/lib/env';
import { NOT_ALLOWED_HANDLERS, type Method, type Operation, type ResponseDoc, type RouteHandler } from '@/lib/http/core';
import { listRouteFiles, type RouteFile } from '@/lib/http/route-files';
import { dropProcessSingleton, processSingleton } from '@/lib/process-singletons';
import { legacyErrorResponse, problemResponse } from '@/lib/validation/responses';
import pkg from '@/package.json';

type JsonSchema = Record<string, unknown>;
const METHODS: Method[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** One implemented method of one route file, with what it declared about itself. */
export interface DocumentedRoute {
  method: Method;
  /** The OpenAPI path: /api/v1/submissions/{submissionId}. */
  path: string;
  operation: Operation;
}

/** Catch-alls (404s) and next-auth's own endpoints are not part of the contracts. */
function documentable(route: RouteFile): boolean {
  return !route.segments.some((s) => s.kind === 'catchAll');
}

const openApiPath = (route: RouteFile) =>
  route.segments.map((s) => (s.kind === 'static' ? s.value : `{${s.name}}`)).reduce((acc, s) => `${acc}/${s}`, '');

/** Imports every route module and reads each implemented method's declaration; a method that declares none is an error. */
export async function collectRoutes(apiDir?: string): Promise<DocumentedRoute[]> {
  const out: DocumentedRoute[] = [];
  for (const route of listRouteFiles(apiDir).filter(documentable)) {
    // Route modules are loaded at run time by path, as the API router loads them.
    const mod = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ pathToFileURL(route.file).href)) as Record<
      string,
      RouteHandler | undefined
    >;
    for (const method of METHODS) {
      const handler = mod[method];
      if (!handler || NOT_ALLOWED_HANDLERS.has(handler)) continue;
      if (!handler.operation) throw new Error(`${method} ${route.pattern} declares no docs: build it with legacyRoute or v1Route`);
      out.push({ method, path: openApiPath(route), operation: handler.operation });
    }
  }
  return out.sort((a, b) => a.path.localeCompare(b.path) || METHODS.indexOf(a.method) - METHODS.indexOf(b.method));
}

/**
 * JSON Schemas of the document. zod writes a schema with an id (`.meta({ id })`) as a `$ref`
 * into the schema's own `$defs`; in an OpenAPI document refs resolve from the document's root,
 * so named schemas move to `components.schemas` and their refs follow.
 */
class SchemaSet {
  readonly components: Record<string, JsonSchema> = {};

  toSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
    const {
      $schema: _drop,
      $defs,
      ...rest
    } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
    const renamed = new Map<string, string>();
    for (const [id, def] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>)) {
      let name = id;
      // The same id read as input and as output may differ (defaults, transforms): keep both.
      if (this.components[name] && JSON.stringify(this.components[name]) !== JSON.stringify(def))
        name = `${id}${io === 'input' ? 'Input' : 'Output'}`;
      renamed.set(id, name);
      this.components[name] = def;
    }
    const rewrite = (node: unknown): unknown => {
      if (Array.isArray(node)) return node.map(rewrite);
      if (!node || typeof node !== 'object') return node;
      return Object.fromEntries(
        Object.entries(node).map(([key, value]) => {
          if (key === '$ref' && typeof value === 'string' && value.startsWith('#/$defs/')) {
            const id = value.slice('#/$defs/'.length);
            return [key, `#/components/schemas/${renamed.get(id) ?? id}`];
          }
          return [key, rewrite(value)];
        }),
      );
    };
    for (const [name, def] of Object.entries(this.components))
      if (renamed.has(name) || [...renamed.values()].includes(name)) this.components[name] = rewrite(def) as JsonSchema;
    return rewrite(rest) as JsonSchema;
  }
}

const STANDARD_ERRORS: Record<number, string> = {
  400: 'VALIDATION_ERROR: the request was malformed (per-field errors)',
  404: 'NOT_FOUND: nothing exists at this path',
  413: 'PAYLOAD_TOO_LARGE: the body is over the limit',
  401: 'UNAUTHORIZED: no valid credential',
  403: 'FORBIDDEN: the credential may not call this',
  429: 'RATE_LIMIT_EXCEEDED (Retry-After, and the quota it spent as RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset)',
  500: 'INTERNAL_SERVER_ERROR (masked, with a traceId)',
};

/** The answers a route gives without declaring them: those its auth, input and limits imply. */
function impliedStatuses(op: Operation): number[] {
  const statuses = [500];
  if (op.body || op.query || op.params || op.docs.multipart) statuses.push(400);
  if (op.body || op.docs.multipart) statuses.push(413);
  if (op.params) statuses.push(404);
  if (op.auth === 'user' || op.auth === 'admin' || op.auth === 'system' || op.auth === 'staff') statuses.push(401, 403);
  if (op.rateLimit !== 'none') statuses.push(429);
  return statuses;
}

/** Every answer of a route, declared and implied, each with its schema; what the API tests hold real answers to. */
export function responsesOf(op: Operation): Record<number, ResponseDoc> {
  const errorSchema = op.contract === 'codemeet-v1' ? problemResponse : legacyErrorResponse;
  const all: Record<number, ResponseDoc> = {};
  for (const status of impliedStatuses(op)) all[status] = { description: STANDARD_ERRORS[status]!, schema: errorSchema };
  for (const [status, doc] of Object.entries(op.docs.responses)) {
    const code = Number(status);
    all[code] = code >= 400 && !doc.schema && !doc.contentType ? { ...doc, schema: errorSchema } : doc;
  }
  return all;
}

function mediaTypeOf(op: Operation, status: number, doc: ResponseDoc): string {
  if (doc.contentType) return doc.contentType;
  return status >= 400 && op.contract === 'codemeet-v1' ? 'application/problem+json' : 'application/json';
}

const SECURITY: Record<Operation['auth'], Array<Record<string, string[]>> | undefined> = {
  none: [],
  optional: [{}, { bearer: [] }, { token: [] }],
  user: [{ bearer: [] }, { token: [] }],
  admin: [{ bearer: [] }, { token: [] }],
  system: [{ system: [] }],
  staff: [{ bearer: [] }, { token: [] }, { system: [] }],
};

function parametersOf(schemas: SchemaSet, path: string, op: Operation): Array<Record<string, unknown>> {
  const declared = op.params ? ((schemas.toSchema(op.params, 'input').properties ?? {}) as Record<string, JsonSchema>) : {};
  const params: Array<Record<string, unknown>> = [...path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: declared[m[1]!] ?? { type: 'string' },
  }));
  if (op.query) {
    const schema = schemas.toSchema(op.query, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      params.push({ name, in: 'query', required: schema.required?.includes(name) ?? false, schema: property });
    }
  }
  return params;
}

function operationObject(schemas: SchemaSet, { method, path, operation: op }: DocumentedRoute) {
  const params = parametersOf(schemas, path, op);
  const requestBody = op.body
    ? { required: true, content: { 'application/json': { schema: schemas.toSchema(op.body, 'input') } } }
    : op.docs.multipart
      ? {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: [op.docs.multipart.field],
                properties: { [op.docs.multipart.field]: { type: 'string', format: 'binary', description: op.docs.multipart.description } },
              },
            },
          },
        }
      : undefined;
  const responses = Object.fromEntries(
    Object.entries(responsesOf(op)).map(([status, doc]) => [
      status,
      {
        description: doc.description,
        ...(doc.schema || doc.contentType
          ? { content: { [mediaTypeOf(op, Number(status), doc)]: doc.schema ? { schema: schemas.toSchema(doc.schema, 'output') } : {} } }
          : {}),
      },
    ]),
  );
  const limit =
    op.rateLimit === 'auth'
      ? `${env.RATE_LIMIT_AUTH_PER_MIN} requests / min per client address`
      : op.rateLimit === 'general'
        ? `${env.RATE_LIMIT_GENERAL_PER_MIN} requests / min per user`
        : undefined;
  return {
    tags: [op.docs.tag],
    summary: op.docs.summary,
    ...(op.docs.description ? { description: op.docs.description } : {}),
    operationId: `${method.toLowerCase()}${path.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
    ...(op.auth === 'admin' || op.auth === 'staff' ? { 'x-role': 'admin' } : op.auth === 'system' ? { 'x-role': 'system' } : {}),
    security: op.browser && op.auth !== 'none' ? [...(SECURITY[op.auth] ?? []), { session: [] }] : SECURITY[op.auth],
    ...(params.length ? { parameters: params } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses,
    ...(limit ? { 'x-rate-limit': limit } : {}),
  };
}

/** The OpenAPI 3.1 document, built from what each route declares beside its handler. */
export async function buildOpenApiDocument(apiDir?: string) {
  const routes = await collectRoutes(apiDir);
  const schemas = new SchemaSet();
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) (paths[route.path] ??= {})[route.method.toLowerCase()] = operationObject(schemas, route);
  return {
    openapi: '3.1.0',
    info: {
      title: 'CodeMeet API',
      version: pkg.version,
      description:
        'Two contracts served by one application: the ai-interview API under /api (token header, messages in Traditional Chinese) and the CodeMeet API under /api/v1 (Bearer JWT, RFC 7807 errors). Both accept either credential. See docs/api-decisions.md for where the service departs from or adds to the contracts.',
    },
    tags: [...new Set(routes.map((r) => r.operation.docs.tag))].map((name) => ({ name })),
    components: {
      schemas: schemas.components,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        token: { type: 'apiKey', in: 'header', name: 'token', description: 'ai-interview-api.md credential' },
        system: { type: 'http', scheme: 'bearer', description: 'SYSTEM_TOKEN or CRON_SECRET' },
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'next-auth.session-token',
          description: "The web app's session cookie, accepted from the app's own pages on the routes that list it",
        },
      },
    },
    paths,
  };
}

declare module '@/lib/process-singletons' {
  interface ProcessSingletons {
    openApi: ReturnType<typeof buildOpenApiDocument>;
  }
}

/** Built once per process: the routes cannot change under a running server. A failed build is tried again. */
export function openApiDocument(): ReturnType<typeof buildOpenApiDocument> {
  return processSingleton('openApi', () => {
    const building = buildOpenApiDocument();
    building.catch(() => dropProcessSingleton('openApi', building));
    return building;
  });
}
