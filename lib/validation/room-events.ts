import { z } from 'zod';
import { executionBody, languageSchema } from './execution';
import { CODE_TOO_LONG, MAX_CODE_LENGTH } from '@/lib/code-limits';
import { requiredString, text } from './common';

/**
 * codemeet-api.md's WebSocket events as clients send them, over Socket.IO (the payload) or the
 * plain WebSocket (`{ event, data }`): the same schemas for both.
 */
export const chatMessageEvent = z.object({ message: text('message', 2000) });

/** A client without Yjs sends the whole file; the server merges it into the shared document. */
export const codeChangeEvent = z.object({
  language: languageSchema.optional(),
  code: requiredString('code').max(MAX_CODE_LENGTH, CODE_TOO_LONG),
  cursorPosition: z.object({ line: z.number().int().min(1), column: z.number().int().min(1) }).optional(),
});

export const runCodeEvent = executionBody.pick({ language: true, code: true, input: true });

/** WebRTC signalling, relayed to the partner as is (an offer, an answer or an ICE candidate). */
export const signalEvent = z.object({
  kind: z.enum(['offer', 'answer', 'candidate', 'hangup']),
  payload: z.unknown().optional(),
});

export const contractEnvelope = z.object({ event: z.string().max(64), data: z.unknown().optional() });
