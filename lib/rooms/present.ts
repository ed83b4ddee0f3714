import 'server-only';
import type { QuestionDifficulty, RoomFeedback } from '@/db/schema';
import { encodeId } from '@/lib/ids';
import { caseText, questionStatement } from '@/lib/questions/present';
import type { RoomParticipant } from './access';
import { roomLinks } from './links';
import type { RoomFeedbackView } from './feedback';
import type { HistoryEntry } from './history';
import type { EndedInterview, JoinedRoom, StartedInterview } from './service';
import { durationOf, sessionIdOf } from './session';
import type { RoomView } from './view';

/** A past interview's own pages: the room's REST state and its replay. */
function roomHistoryLinks(roomId: number): { room: string; replay: string } {
  const id = encodeId('room', roomId);
  return { room: `/api/v1/rooms/${id}`, replay: `/rooms/${id}/replay` };
}

const questionSummary = (question: { id: number; title: string; difficulty: QuestionDifficulty }) => ({
  questionId: encodeId('question', question.id),
  title: question.title,
  difficulty: question.difficulty,
});

const partnerOf = (partner: RoomParticipant) => ({
  userId: encodeId('user', partner.userId),
  displayName: partner.displayName,
  role: partner.role,
});

/** 4.2's answer, with the caller's role, the room's state, the partner and the question beside it. */
export function joinOutput({ room, me, partner, question, tokens }: JoinedRoom) {
  return {
    roomId: encodeId('room', room.id),
    accessToken: tokens.accessToken,
    videoToken: tokens.videoToken,
    editorToken: tokens.editorToken,
    tokensExpireAt: tokens.expiresAt.toISOString(),
    role: me.role,
    status: room.status,
    partner: partnerOf(partner),
    question: questionSummary(question),
  };
}

/** 4.3's answer. */
export function startOutput(started: StartedInterview) {
  return {
    sessionId: started.sessionId,
    startedAt: started.startedAt.toISOString(),
    questionDetails: questionSummary(started.question),
  };
}

/** 4.6's answer. */
export function endOutput(ended: EndedInterview) {
  return {
    sessionId: ended.sessionId,
    duration: ended.duration,
    endedAt: ended.endedAt.toISOString(),
    summary: ended.summary,
    reward: ended.reward,
  };
}

function feedbackOutput(row: RoomFeedback) {
  return {
    feedbackId: encodeId('feedback', row.id),
    fromUserId: encodeId('user', row.fromUserId),
    targetUserId: encodeId('user', row.targetUserId),
    rating: row.rating,
    comment: row.comment,
    strengths: row.strengths,
    improvements: row.improvements,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Both sides of a room's feedback as the caller may see them. */
export function roomFeedbackOutput(view: RoomFeedbackView) {
  return {
    given: view.given && feedbackOutput(view.given),
    received: view.received && feedbackOutput(view.received),
    partnerGave: view.partnerGave,
  };
}

/** 4.7's item, with the room's status and where its pages are. */
export function historyItemOutput(entry: HistoryEntry) {
  const { room } = entry;
  return {
    sessionId: sessionIdOf(room.id),
    roomId: encodeId('room', room.id),
    status: room.status === 'active' ? ('active' as const) : ('ended' as const),
    myRole: entry.myRole,
    partner: entry.partner,
    question: questionSummary(entry.question),
    duration: room.endedAt ? durationOf(room) : null,
    feedback: entry.feedback,
    startedAt: room.startedAt!.toISOString(),
    endedAt: room.endedAt?.toISOString() ?? null,
    links: roomHistoryLinks(room.id),
  };
}

/** A case as 4.4's test cases read: comma-separated JSON arguments, and the JSON answer. */

/** A room as one member sees it (RoomView already holds only what this member may see). */
export function roomViewOutput(view: RoomView, origin: string) {
  const { room, me, partner, question } = view;
  return {
    roomId: encodeId('room', room.id),
    matchId: encodeId('match', room.matchId),
    sessionId: room.startedAt ? sessionIdOf(room.id) : null,
    status: room.status,
    role: me.role,
    partner: partnerOf(partner),
    language: room.language,
    enableVideo: room.enableVideo,
    createdAt: room.createdAt.toISOString(),
    expiresAt: room.expiresAt.toISOString(),
    startedAt: room.startedAt?.toISOString() ?? null,
    endedAt: room.endedAt?.toISOString() ?? null,
    hintsRevealed: room.hintsRevealed,
    hintsTotal: view.hintsTotal,
    ...roomLinks(origin, room.id),
    question: {
      ...questionStatement(question),
      starterCode: question.starter[room.language] ?? '',
      signature: question.spec,
      limits: { timeLimitMs: question.timeLimitMs, memoryLimitMb: question.memoryLimitMb },
      visibleTestCases: view.visibleCases.map(caseText),
      translations: {
        'zh-TW': {
          title: question.titleZh,
          description: question.statementZh,
          examples: question.examples.map((e) => (e.explanation ? { explanation: e.explanation.zh } : {})),
        },
      },
    },
    hints: view.hints,
    ...(view.interviewer ? { interviewer: view.interviewer } : {}),
  };
}
