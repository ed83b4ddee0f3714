// PUT, GET, DELETE /api/interviews/{id}/answers/{index}/recording — a kept recording of one answer, its owner's only
import { env } from '@/lib/env';
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { uploadedFile } from '@/lib/http/upload';
import { answerIndex, rowId } from '@/lib/ids';
import { recordingUrl } from '@/lib/interviews/present';
import { discardRecording, keepRecording, readRecording } from '@/lib/interviews/service';
import { answerParams } from '@/lib/validation/interviews';
import { messageResponse } from '@/lib/validation/responses';
import { z } from 'zod';

const TAG = 'Interviews (ai-interview)';
const FIELD = 'recording';

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  PUT: legacyRoute(
    {
      auth: 'user',
      browser: true,
      params: answerParams,
      docs: {
        tag: TAG,
        summary: 'Keep the recording of an answer',
        description:
          'Replaces any earlier recording of the answer, while the interview runs (after it ends, 400 資料衝突). Deleted with the interview.',
        multipart: {
          field: FIELD,
          description: `WebM, Ogg, MP4 or WAV audio, up to ${Math.floor(env.RECORDING_MAX_BYTES / 1024 / 1024)} MB`,
        },
        responses: {
          200: {
            description: '更新成功, with the recording’s URL',
            schema: z.object({ message: z.string(), recording_url: z.string() }),
          },
          404: { description: '資料不存在' },
          413: { description: '資料過大' },
          415: { description: '檔案格式不支援' },
        },
      },
    },
    async ({ db, actor, params, request }) => {
      const id = rowId(params.id);
      const index = answerIndex(params.index);
      const bytes = await uploadedFile(request, {
        field: FIELD,
        maxBytes: env.RECORDING_MAX_BYTES,
        label: 'Recording',
        tooLarge: `A recording must be at most ${Math.floor(env.RECORDING_MAX_BYTES / 1024 / 1024)} MB`,
      });
      await keepRecording(db, actor, id, index, bytes);
      return json({ message: '更新成功', recording_url: recordingUrl(id, index) });
    },
  ),
  GET: legacyRoute(
    {
      auth: 'user',
      browser: true,
      params: answerParams,
      docs: {
        tag: TAG,
        summary: 'Play back the recording of an answer',
        responses: {
          200: { description: 'The audio as uploaded (WebM, Ogg, MP4 or WAV)', contentType: 'audio/*' },
          404: { description: '資料不存在' },
        },
      },
    },
    async ({ db, actor, params }) => {
      const { bytes, type } = await readRecording(db, actor, rowId(params.id), answerIndex(params.index));
      return new Response(Buffer.from(bytes), {
        headers: { 'Content-Type': type, 'Content-Length': String(bytes.byteLength), 'Cache-Control': 'private, no-store' },
      });
    },
  ),
  DELETE: legacyRoute(
    {
      auth: 'user',
      browser: true,
      params: answerParams,
      docs: {
        tag: TAG,
        summary: 'Discard the recording of an answer',
        responses: { 200: { description: '刪除成功', schema: messageResponse }, 404: { description: '資料不存在' } },
      },
    },
    async ({ db, actor, params }) => {
      await discardRecording(db, actor, rowId(params.id), answerIndex(params.index));
      return json({ message: '刪除成功' });
    },
  ),
});
