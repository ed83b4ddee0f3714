// Any other /api/v1/... path: a 404 ProblemDetails.
import { v1NotFound } from '@/lib/http/v1';

export { v1NotFound as GET, v1NotFound as POST, v1NotFound as PUT, v1NotFound as PATCH, v1NotFound as DELETE };
