import { z } from 'zod';
import pkg from '@/package.json';
import { OPERATIONS, type Operation, type Security } from './operations';

type JsonSchema = Record<string, unknown>;

function toSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

const SECURITY: Record<Security, Array<Record<string, string[]>>> = {
  none: [],
  user: [{ bearer: [] }, { token: [] }],
  admin: [{ bearer: [] }, { token: [] }],
  system: [{ system: [] }],
};

function operationObject(op: Operation) {
  const params: Array<Record<string, unknown>> = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  if (op.query) {
    const { properties = {} } = toSchema(op.query, 'input') as { properties?: Record<string, unknown> };
    for (const [name, schema] of Object.entries(properties)) params.push({ name, in: 'query', required: false, schema });
  }
  const requestBody = op.body
    ? { required: true, content: { 'application/json': { schema: toSchema(op.body, 'input') } } }
    : op.multipart
      ? {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: [op.multipart.field],
                properties: { [op.multipart.field]: { type: 'string', format: 'binary', description: op.multipart.description } },
              },
            },
          },
        }
      : undefined;
  const errorType = op.contract === 'codemeet-v1' ? 'application/problem+json' : 'application/json';
  const responses = Object.fromEntries(
    Object.entries(op.responses).map(([status, r]) => [
      status,
      {
        description: r.description,
        ...(r.schema
          ? { content: { [Number(status) >= 400 ? errorType : 'application/json']: { schema: toSchema(r.schema, 'output') } } }
          : {}),
      },
    ]),
  );
  return {
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    operationId: `${op.method}${op.path.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
    security: SECURITY[op.security],
    ...(params.length ? { parameters: params } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses,
    ...(op.rateLimit ? { 'x-rate-limit': op.rateLimit === 'auth' ? '5 requests / min' : '100 requests / min' } : {}),
  };
}

/** The OpenAPI 3.1 document, built from the same zod schemas the routes validate with. */
export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) (paths[op.path] ??= {})[op.method] = operationObject(op);
  return {
    openapi: '3.1.0',
    info: {
      title: 'CodeMeet API',
      version: pkg.version,
      description:
        'Two contracts served by one application: the ai-interview API under /api (token header, messages in Traditional Chinese) and the CodeMeet API under /api/v1 (Bearer JWT, RFC 7807 errors). Both accept either credential. See docs/api-decisions.md for where the service departs from or adds to the contracts.',
    },
    tags: [...new Set(OPERATIONS.map((o) => o.tag))].map((name) => ({ name })),
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        token: { type: 'apiKey', in: 'header', name: 'token', description: 'ai-interview-api.md credential' },
        system: { type: 'http', scheme: 'bearer', description: 'SYSTEM_TOKEN or CRON_SECRET' },
      },
    },
    paths,
  };
}
