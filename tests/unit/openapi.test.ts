import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOT_ALLOWED_HANDLERS, type RouteHandler } from '@/lib/http/core';
import { buildOpenApiDocument } from '@/lib/openapi/document';

const API_DIR = path.resolve(import.meta.dirname, '../../app/api');

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === 'route.ts' ? [full] : [];
  });
}

describe('the OpenAPI document', () => {
  it('lists every method every route file implements, and nothing else', async () => {
    const documented = buildOpenApiDocument().paths;
    const implemented: string[] = [];
    for (const file of routeFiles(API_DIR)) {
      const rel = path.relative(API_DIR, path.dirname(file));
      // Catch-alls (404s) and next-auth's own endpoints are not part of the contracts.
      if (rel.includes('[...')) continue;
      const apiPath = `/api/${rel.split(path.sep).join('/')}`.replace(/\[(\w+)\]/g, '{$1}');
      const mod = (await import(file)) as Record<string, RouteHandler>;
      for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
        const handler = mod[method];
        if (handler && !NOT_ALLOWED_HANDLERS.has(handler)) implemented.push(`${method.toLowerCase()} ${apiPath}`);
      }
    }
    const inDocument = Object.entries(documented).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`));
    expect(implemented.sort()).toEqual(inDocument.sort());
  });

  it('describes request bodies with the routes’ own zod schemas, field rules included', () => {
    const doc = buildOpenApiDocument();
    const op = doc.paths['/api/v1/auth/register']?.post as {
      requestBody: { content: Record<string, { schema: Record<string, unknown> }> };
    };
    const schema = op.requestBody.content['application/json']!.schema as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required.sort()).toEqual(['displayName', 'email', 'password']);
    expect(schema.properties.email).toMatchObject({ type: 'string' });
  });
});
