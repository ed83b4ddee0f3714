// GET /api/v1/jobs/{jobId} — a run of user code in the queue (the Location of a 202); DELETE cancels it
import { z } from 'zod';
import { cancelJob } from '@/lib/execution/jobs';
import { queuePosition } from '@/lib/execution/position';
import { jobOutput } from '@/lib/execution/present';
import { getJob } from '@/lib/execution/service';
import { submissionOfJob } from '@/lib/submissions/record';
import { json } from '@/lib/http/core';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { decodeId } from '@/lib/ids';
import { jobResponse } from '@/lib/validation/responses';

const params = z.object({ jobId: z.string().meta({ example: 'job_42' }) });

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  GET: v1Route(
    {
      auth: 'user',
      params,
      docs: {
        tag: 'Code execution (v1)',
        summary: 'One of the caller’s runs: where it stands in the queue, and its answer once done',
        description:
          '`state` is queued, running, done, failed (the runner could not complete it; `error` says why) or cancelled. While queued, `position` counts the jobs that run before it under fair sharing (1: next). Once done, an execution carries `result` (POST /executions’ answer), a submission its `submissionId`. Jobs are kept for a day after they end.',
        responses: { 200: { description: 'The job', schema: jobResponse }, 404: { description: 'NOT_FOUND: no such job of the caller' } },
      },
    },
    async ({ db, actor, params }) => {
      const job = await getJob(db, actor, decodeId('job', params.jobId));
      return json(jobOutput(job, await queuePosition(db, job), await submissionOfJob(db, job)));
    },
  ),
  DELETE: v1Route(
    {
      auth: 'user',
      params,
      docs: {
        tag: 'Code execution (v1)',
        summary: 'Cancel one of the caller’s runs',
        description:
          'A queued job never runs; a running one is stopped by its runner. Answers the job as it now is (a job already ended is left as it was).',
        responses: { 200: { description: 'The job', schema: jobResponse }, 404: { description: 'NOT_FOUND: no such job of the caller' } },
      },
    },
    async ({ db, actor, params }) => {
      const job = await cancelJob(db, actor.userId, decodeId('job', params.jobId));
      return json(jobOutput(job, null, await submissionOfJob(db, job)));
    },
  ),
});
