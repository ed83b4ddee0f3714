// GET /api/companies — beyond the contract: the companies people have shared interviews at
import { z } from 'zod';
import { listCompanies } from '@/lib/experiences/companies';
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';

const companies = z.array(z.object({ key: z.string(), name: z.string(), experiences: z.number().int() }));

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  GET: legacyRoute(
    {
      auth: 'none',
      docs: {
        tag: 'Companies',
        summary: 'Companies with shared interview experiences, most shared first',
        responses: { 200: { description: 'The companies (name as most people wrote it; key as matched)', schema: companies } },
      },
    },
    async ({ db }) => json(await listCompanies(db)),
  ),
});
