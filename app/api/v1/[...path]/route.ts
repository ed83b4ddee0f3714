// Any other /api/v1/... path: a 404 ProblemDetails.
import { AppError } from '@/lib/errors';
import { traceIdFor } from '@/lib/http/request';
import { problemRenderer } from '@/lib/http/v1';

const notFound = async (request: Request) =>
  problemRenderer.render(new AppError('NOT_FOUND', `No endpoint at ${new URL(request.url).pathname}`), traceIdFor(request.headers));

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
