// GET, POST /api/interview_records — ai-interview-api.md InterviewRecords 1 and 3
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { pageHeaders } from '@/lib/http/pagination';
import { legacyRecord } from '@/lib/interviews/present';
import { createClientRecord, listRecords } from '@/lib/interviews/service';
import { recordBody, recordListQuery } from '@/lib/validation/interviews';
import { createdResponse } from '@/lib/validation/career-responses';
import { interviewRecordListResponse } from '@/lib/validation/interview-responses';

const TAG = 'InterviewRecords (ai-interview)';

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  GET: legacyRoute(
    {
      auth: 'user',
      browser: true,
      query: recordListQuery,
      docs: {
        tag: TAG,
        summary: '查看全部面試紀錄 The caller’s interview records, newest first',
        description:
          'Only the caller’s own ended interviews, an array as the contract answers, a page at a time (`page`, `per_page` up to 100; `X-Total-Count` and `Link` describe it). `speech_rate` is characters (zh) or words (en) per minute of a spoken answer, 0 for a typed one (`mode` says which). `position`, `status`, `score` and `created_time` are added.',
        responses: { 200: { description: 'One page of records', schema: interviewRecordListResponse } },
      },
    },
    async ({ db, actor, query, request }) => {
      const page = await listRecords(db, actor, { page: query.page, perPage: query.per_page });
      return json(
        page.items.map(legacyRecord),
        200,
        pageHeaders(request.url, { page: query.page, perPage: query.per_page, total: page.total }),
      );
    },
  ),
  POST: legacyRoute(
    {
      auth: 'user',
      body: recordBody,
      docs: {
        tag: TAG,
        summary: '新增面試紀錄 Keep a record made elsewhere',
        description:
          'A finished interview from another client: its questions, answers and speech rates as measured there, and the points to improve. Bad input answers 400 資料有誤 with per-field `errors` (the contract shows 401).',
        responses: {
          200: { description: '新增成功, with the new interview_id', schema: createdResponse('interview_id') },
          400: { description: '資料有誤' },
        },
      },
    },
    async ({ db, actor, body }) => {
      const record = await createClientRecord(db, actor, body);
      return json({ message: '新增成功', interview_id: record.id });
    },
  ),
});
