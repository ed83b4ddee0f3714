import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOT_ALLOWED_HANDLERS, type RouteHandler } from '@/lib/http/core';
import { buildOpenApiDocument, collectRoutes } from '@/lib/openapi/document';

const API_DIR = path.resolve(import.meta.dirname, '../../app/api');

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === 'route.ts' ? [full] : [];
  });
}

type Doc = Awaited<ReturnType<typeof buildOpenApiDocument>>;
type Op = {
  security: unknown[];
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
};
const op = (doc: Doc, p: string, method: string) => doc.paths[p]?.[method] as Op;

describe('the OpenAPI document, built from the routes', () => {
  it('documents every method every route file implements, each from its own declaration, and nothing else', async () => {
    const doc = await buildOpenApiDocument(API_DIR);
    const implemented: string[] = [];
    for (const file of routeFiles(API_DIR)) {
      const rel = path.relative(API_DIR, path.dirname(file));
      if (rel.includes('[...')) continue;
      const apiPath = `/api/${rel.split(path.sep).join('/')}`.replace(/\[(\w+)\]/g, '{$1}');
      const mod = (await import(file)) as Record<string, RouteHandler>;
      for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
        const handler = mod[method];
        if (handler && !NOT_ALLOWED_HANDLERS.has(handler)) {
          expect(handler.operation, `${method} ${apiPath} declares its docs`).toBeDefined();
          implemented.push(`${method.toLowerCase()} ${apiPath}`);
        }
      }
    }
    const inDocument = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`));
    expect(inDocument.sort()).toEqual(implemented.sort());
    expect(implemented.length).toBeGreaterThan(15);
  }, 30_000); // imports every route module: seconds on a busy 2-core machine

  it('refuses a route method that declares no docs', async () => {
    const dir = fs.mkdtempSync(path.join(API_DIR, '..', '..', 'tests', 'unit', '.routes-'));
    try {
      fs.mkdirSync(path.join(dir, 'undocumented'));
      fs.writeFileSync(path.join(dir, 'undocumented', 'route.ts'), 'export const GET = async () => new Response("hi");\n');
      await expect(collectRoutes(dir)).rejects.toThrow('GET /api/undocumented declares no docs');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('describes request bodies with the routes’ own zod schemas, field rules included', async () => {
    const doc = await buildOpenApiDocument(API_DIR);
    const schema = op(doc, '/api/v1/auth/register', 'post').requestBody!.content['application/json']!.schema as {
      required: string[];
      properties: Record<string, unknown>;
    };
    expect(schema.required.sort()).toEqual(['displayName', 'email', 'password']);
    expect(schema.properties.email).toMatchObject({ type: 'string' });
  });

  it('adds the errors a route’s config implies, in its contract’s shape, and closes response objects', async () => {
    const doc = await buildOpenApiDocument(API_DIR);
    const put = op(doc, '/api/v1/users/me/preferences', 'put');
    expect(Object.keys(put.responses).sort()).toEqual(['200', '400', '401', '403', '413', '429', '500']);
    expect(put.responses['401']!.content!['application/problem+json']).toBeDefined();
    expect(put.responses['200']!.content!['application/json']!.schema).toMatchObject({ additionalProperties: false });
    const login = op(doc, '/api/users/login', 'post');
    expect(login.security).toEqual([]);
    expect(Object.keys(login.responses).sort()).toEqual(['200', '400', '413', '429', '500']);
    expect(login.responses['400']!.content!['application/json']!.schema).toEqual({ $ref: '#/components/schemas/LegacyError' });
    expect(doc.components.schemas.LegacyError).toMatchObject({ properties: { message: { type: 'string' } } });
  });
});
