// POST /api/v1/gamification/opportunities/reward — codemeet-api.md 5.3 (system caller)
import { v1Methods } from '@/lib/http/v1';
import { opportunityChangeRoute } from '../_change';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({ POST: opportunityChangeRoute('reward') });
