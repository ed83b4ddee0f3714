// GET /api/openapi.json — the OpenAPI 3.1 document of both contracts
import { json } from '@/lib/http/core';
import { legacyMethods } from '@/lib/http/legacy';
import { buildOpenApiDocument } from '@/lib/openapi/document';

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  GET: async () => json(buildOpenApiDocument()),
});
