// GET /api/v1/jobs/{jobId}/output — a run's output as it is produced, as server-sent events (a live console)
import { z } from 'zod';
import { subscribe } from '@/lib/events';
import { isFinished } from '@/lib/execution/jobs';
import { outputSince } from '@/lib/execution/output';
import { getJob } from '@/lib/execution/service';
import { eventStream } from '@/lib/http/sse';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { decodeId } from '@/lib/ids';

const params = z.object({ jobId: z.string().meta({ example: 'job_42' }) });
const query = z.object({
  after: z.coerce.number({ error: 'after must be a number' }).int().min(0, 'after must be 0 or more').optional().default(0),
});

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  GET: v1Route(
    {
      auth: 'user',
      params,
      query,
      docs: {
        tag: 'Code execution (v1)',
        summary: 'A run’s output as it is produced (server-sent events)',
        description:
          '`output { seq, stream, text }` for each chunk an execution writes, in order (from `after`, to resume), then `finished { state }` once the job ends, and the stream closes. Judged runs stream nothing: their per-case output is in the verdict.',
        responses: {
          200: { description: 'An event stream (text/event-stream)', contentType: 'text/event-stream' },
          404: { description: 'NOT_FOUND: no such job of the caller' },
        },
      },
    },
    async ({ db, actor, params, query }) => {
      const jobId = decodeId('job', params.jobId);
      await getJob(db, actor, jobId);
      return eventStream((channel) => {
        let sent = query.after;
        let closed = false;
        let pumping: Promise<void> = Promise.resolve();
        // Reads in turn, so chunks go out once and in order however events interleave.
        const pump = () => {
          pumping = pumping.then(async () => {
            if (closed) return;
            for (const chunk of await outputSince(db, jobId, sent)) {
              channel.send('output', chunk);
              sent = chunk.seq;
            }
            const job = await getJob(db, actor, jobId);
            if (isFinished(job.state)) {
              for (const chunk of await outputSince(db, jobId, sent)) channel.send('output', chunk);
              channel.send('finished', { state: job.state });
              closed = true;
              channel.close();
            }
          });
          pumping.catch(() => channel.close());
        };
        const stopOutput = subscribe('job.output', (event) => {
          if (event.jobId === jobId) pump();
        });
        const stopFinished = subscribe('job.finished', (event) => {
          if (event.jobId === jobId) pump();
        });
        pump();
        return () => {
          closed = true;
          stopOutput();
          stopFinished();
        };
      });
    },
  ),
});
