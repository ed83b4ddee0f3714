// POST /api/v1/gamification/opportunities/consume — codemeet-api.md 5.2 (system caller)
import { v1Methods } from '@/lib/http/v1';
import { opportunityChangeRoute } from '../_change';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({ POST: opportunityChangeRoute('consume') });
