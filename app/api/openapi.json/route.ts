// GET /api/openapi.json — the OpenAPI 3.1 document of both contracts, built from the routes' own declarations
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { openApiDocument } from '@/lib/openapi/document';
import { openApiDocumentResponse } from '@/lib/validation/responses';

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  GET: legacyRoute(
    {
      auth: 'none',
      rateLimit: 'none',
      docs: {
        tag: 'Platform',
        summary: 'This OpenAPI 3.1 document',
        responses: { 200: { description: 'The OpenAPI document', schema: openApiDocumentResponse } },
      },
    },
    async () => json(await openApiDocument(), 200, { 'Cache-Control': 'public, max-age=60' }),
  ),
});
