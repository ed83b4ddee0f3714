// Any other /api/... path: a 404 in the ai-interview contract's shape.
import { legacyNotFound } from '@/lib/http/legacy';

export { legacyNotFound as GET, legacyNotFound as POST, legacyNotFound as PUT, legacyNotFound as PATCH, legacyNotFound as DELETE };
