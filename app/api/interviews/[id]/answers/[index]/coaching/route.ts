// POST /api/interviews/{id}/answers/{index}/coaching — the analyzer's feedback, then the AI coach's as it is written (server-sent events)
import { logger } from '@/lib/logger';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { eventStream } from '@/lib/http/sse';
import { answerIndex, rowId } from '@/lib/ids';
import { coachAnswer } from '@/lib/interviews/coaching';
import { answerParams } from '@/lib/validation/interviews';

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  POST: legacyRoute(
    {
      auth: 'user',
      browser: true,
      params: answerParams,
      docs: {
        tag: 'Interviews (ai-interview)',
        summary: 'Coaching for a saved answer, streamed',
        description:
          'Server-sent events: `analysis { feedback }` (the built-in analyzer, always first), then with an AI endpoint configured (`AI_BASE_URL`) `delta { text }` as the coach writes and `done { coach: { feedback, followUp, model } }`, kept with the answer; without one, for an empty answer, or when it times out or fails, `fallback { reason }` and the analyzer’s feedback stands. Asked again, kept coaching is replayed, not rewritten.',
        responses: {
          200: { description: 'An event stream (text/event-stream)', contentType: 'text/event-stream' },
          400: { description: '資料衝突: the question has no answer yet' },
          404: { description: '資料不存在' },
        },
      },
    },
    async ({ db, actor, params, traceId }) => {
      const abort = new AbortController();
      const events = coachAnswer(db, actor, rowId(params.id), answerIndex(params.index), abort.signal);
      // The first step runs before the answer starts, so a missing or unanswered question is a plain 404 or 409.
      const first = await events.next();
      return eventStream((channel) => {
        void (async () => {
          for (let step = first; !step.done; step = await events.next()) channel.send(step.value.type, step.value);
        })()
          .catch((error: unknown) => {
            // Headers are sent: the stream ends with an error event, the details stay in the log.
            logger.error({ traceId, err: error }, 'coaching stream failed');
            channel.send('error', { message: '伺服器發生錯誤', traceId });
          })
          .finally(() => channel.close());
        return () => abort.abort();
      });
    },
  ),
});
