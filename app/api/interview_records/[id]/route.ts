// GET, DELETE /api/interview_records/{id} — beside ai-interview-api.md InterviewRecords: one record, and deleting it
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { rowId } from '@/lib/ids';
import { legacyRecord } from '@/lib/interviews/present';
import { deleteInterview, getInterview } from '@/lib/interviews/service';
import { interviewIdParams } from '@/lib/validation/interviews';
import { interviewRecordResponse } from '@/lib/validation/interview-responses';
import { messageResponse } from '@/lib/validation/responses';

const TAG = 'InterviewRecords (ai-interview)';

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  GET: legacyRoute(
    {
      auth: 'user',
      browser: true,
      params: interviewIdParams,
      docs: {
        tag: TAG,
        summary: '查看面試紀錄 One interview record',
        description: 'The caller’s own only: someone else’s answers 403 權限不足.',
        responses: { 200: { description: 'The record', schema: interviewRecordResponse }, 404: { description: '資料不存在' } },
      },
    },
    async ({ db, actor, params }) => json(legacyRecord(await getInterview(db, actor, rowId(params.id)))),
  ),
  DELETE: legacyRoute(
    {
      auth: 'user',
      browser: true,
      params: interviewIdParams,
      docs: {
        tag: TAG,
        summary: '刪除面試紀錄 Delete an interview record',
        description: 'Deletes the record, its answers and its kept recordings. The caller’s own only.',
        responses: { 200: { description: '刪除成功', schema: messageResponse }, 404: { description: '資料不存在' } },
      },
    },
    async ({ db, actor, params }) => {
      await deleteInterview(db, actor, rowId(params.id));
      return json({ message: '刪除成功' });
    },
  ),
});
