// Any other /api/... path: a 404 in the ai-interview contract's shape.
import { AppError } from '@/lib/errors';
import { legacyRenderer } from '@/lib/http/legacy';
import { traceIdFor } from '@/lib/http/request';

const notFound = async (request: Request) =>
  legacyRenderer().render(new AppError('NOT_FOUND', 'No such endpoint'), traceIdFor(request.headers));

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
