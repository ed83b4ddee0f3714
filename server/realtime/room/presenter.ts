import type { RoomEvent, RoomEventOf } from '@/db/schema';
import { encodeId } from '@/lib/ids';
import type { Envelope } from './connection';
import type { LiveRoom, Member } from './live-room';

/** A room event as the contract's event, and whether the member it is about hears it too. */
export interface Presented {
  envelope: Envelope;
  /** user_joined and user_left go to the partner only. */
  toOthersOnly: boolean;
}

/** chat_message's data, as the contract draws it. */
export function chatMessage(event: Pick<RoomEventOf<'chat'>, 'userId' | 'data' | 'createdAt'>, members: Map<number, Member>) {
  const userId = event.userId ?? 0;
  return {
    message: event.data.message,
    sender: { userId: encodeId('user', userId), displayName: members.get(userId)?.displayName ?? '' },
    timestamp: event.createdAt.toISOString(),
  };
}

/** A stored room event as the contract's event (codemeet-api.md WebSocket events, and R8's additions). */
export function presentRoomEvent(event: RoomEvent, members: Map<number, Member>): Presented {
  const sender = event.userId ? encodeId('user', event.userId) : undefined;
  const at = event.createdAt.toISOString();
  const envelope = (name: string, data: unknown): Envelope => ({ event: name, data, timestamp: at, ...(sender ? { sender } : {}) });
  const who = event.userId ? members.get(event.userId) : undefined;
  switch (event.kind) {
    case 'chat':
      return { envelope: envelope('chat_message', chatMessage(event, members)), toOthersOnly: false };
    case 'joined':
      return {
        envelope: envelope('user_joined', { userId: sender, displayName: who?.displayName ?? '', role: who?.role }),
        toOthersOnly: true,
      };
    case 'left':
      return { envelope: envelope('user_left', { userId: sender, reason: event.data.reason }), toOthersOnly: true };
    case 'run': {
      const { jobId, language, input } = event.data;
      return { envelope: envelope('run_started', { jobId: encodeId('job', jobId), language, input }), toOthersOnly: false };
    }
    case 'output': {
      const { jobId, output, error, runtime, status } = event.data;
      return { envelope: envelope('code_output', { jobId: encodeId('job', jobId), output, error, runtime, status }), toOthersOnly: false };
    }
    case 'verdict':
      return {
        envelope: envelope('submission_result', { ...event.data, submissionId: encodeId('submission', event.data.submissionId) }),
        toOthersOnly: false,
      };
    case 'started':
      return { envelope: envelope('interview_started', { ...event.data, startedAt: at }), toOthersOnly: false };
    case 'ended':
      return { envelope: envelope('interview_ended', { ...event.data, endedAt: at }), toOthersOnly: false };
    case 'hint':
      // Only that a hint was revealed: its text comes from GET /api/v1/rooms/{id}, which knows who may read it.
      return { envelope: envelope('hint_revealed', { index: event.data.index }), toOthersOnly: false };
    case 'feedback':
      // Only that it was given: its text comes from GET /api/v1/rooms/{id}/feedback, once the reader gave theirs (R15).
      return {
        envelope: envelope('feedback_given', { feedbackId: encodeId('feedback', event.data.feedbackId), fromUserId: sender }),
        toOthersOnly: false,
      };
  }
}

/** room_state: what a joining connection starts from (R8). */
export function roomState(room: LiveRoom, code: string, chat: Array<RoomEventOf<'chat'>>) {
  return {
    roomId: encodeId('room', room.roomId),
    status: room.status,
    language: room.language,
    code,
    participants: [...room.members.values()].map((m) => ({
      userId: encodeId('user', m.userId),
      role: m.role,
      displayName: m.displayName,
      online: room.hasUser(m.userId),
    })),
    chat: chat.map((event) => chatMessage(event, room.members)),
  };
}
