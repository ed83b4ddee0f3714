import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, SYSTEM_TOKEN } from '../../harness/processes';

/** The demo accounts the embedded database is seeded with (db/seed/index.ts). */
export const DEMO = { email: 'demo@codemeet.tw', password: 'Demo12345', userId: 'usr_2' };
export const DEMO_PEER = { email: 'meiling@codemeet.tw', password: 'Demo12345', userId: 'usr_3' };
export const ADMIN = { email: 'admin@codemeet.tw', password: 'CodeMeet2026' };

/** A made-up client address, so each caller has its own auth and request budget (the test server trusts it). */
export const newIp = () => {
  const b = randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2]}`;
};

/** The ids the dynamic routes are walked with, made through the API by the demo user. */
export interface WalkData {
  discussionId: number;
  experienceId: number;
  company: string;
  interviewId: number;
  recordId: number;
  slug: string;
  adminQuestionId: string;
  interviewQuestionId: number;
  roomId: string;
  endedRoomId: string;
}

async function json<T>(base: string, route: string, init: { method?: string; body?: unknown; headers?: Record<string, string> }) {
  const res = await fetch(`${base}${route}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { 'X-Forwarded-For': newIp(), ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }), ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${route}: ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

async function accessToken(base: string, who: { email: string; password: string }): Promise<string> {
  const login = await json<{ accessToken: string }>(base, '/api/v1/auth/login', { body: { email: who.email, password: who.password } });
  return login.accessToken;
}

/** Creates what every dynamic page needs: a post, an experience, an interview and its record, two rooms. */
export async function createWalkData(base: string): Promise<WalkData> {
  const demo = await accessToken(base, DEMO);
  const admin = await accessToken(base, ADMIN);
  const legacy = { token: demo };
  const bearer = { Authorization: `Bearer ${demo}` };

  const { discussion_id: discussionId } = await json<{ discussion_id: number }>(base, '/api/discussions', {
    headers: legacy,
    body: { title: '面試穿搭怎麼準備？', content: '## 我的做法\n\n- 穿著整齊\n- 提早十分鐘到', tags: ['面試', '穿搭'] },
  });
  const company = '鼎新電腦';
  const { experience_id: experienceId } = await json<{ experience_id: number }>(base, '/api/experiences', {
    headers: legacy,
    body: {
      company,
      position: '後端工程師',
      interview_date: '2026/11/30',
      interview_sharing: '一面考資料結構，二面聊專案經驗，整體氣氛輕鬆。',
      interview_result: '已錄取',
      interview_difficulty: '中等',
      interview_question: ['為何選擇我們公司', '說說你最有成就感的專案'],
    },
  });

  // One interview left at its first question (the question screen), one finished (its record).
  const interview = {
    position: '前端工程師',
    description: '開發電商網站的前端，重視效能與無障礙。',
    question_count: 3,
    seconds_per_answer: 90,
  };
  const { interview_id: interviewId } = await json<{ interview_id: number }>(base, '/api/interviews', { headers: legacy, body: interview });
  const { interview_id: recordId } = await json<{ interview_id: number }>(base, '/api/interviews', { headers: legacy, body: interview });
  await json(base, `/api/interviews/${recordId}/answers/0`, {
    method: 'PUT',
    headers: legacy,
    body: { answer: '大家好，我有兩年前端開發經驗，負責效能優化與元件設計。', mode: 'typed' },
  });
  await json(base, `/api/interviews/${recordId}/finish`, { method: 'POST', headers: legacy, body: {} });

  const questions = await json<{ items: Array<{ questionId: string }> }>(base, '/api/v1/questions?pageSize=1', {
    headers: { Authorization: `Bearer ${admin}` },
  });
  const interviewQuestions = await json<Array<{ id: number }>>(base, '/api/interview_questions?per_page=1', { headers: { token: admin } });

  const system = { Authorization: `Bearer ${SYSTEM_TOKEN}` };
  const participants = [DEMO.userId, DEMO_PEER.userId];
  const { roomId } = await json<{ roomId: string }>(base, '/api/v1/rooms', { headers: system, body: { participants } });
  const { roomId: endedRoomId } = await json<{ roomId: string }>(base, '/api/v1/rooms', { headers: system, body: { participants } });
  await json(base, `/api/v1/rooms/${endedRoomId}/start`, { method: 'POST', headers: bearer, body: {} });
  await json(base, `/api/v1/rooms/${endedRoomId}/end`, { method: 'POST', headers: bearer, body: {} });

  return {
    discussionId,
    experienceId,
    company,
    interviewId,
    recordId,
    slug: 'two-sum',
    adminQuestionId: questions.items[0]!.questionId.replace(/^q_/, ''), // the admin pages' links use the row number
    interviewQuestionId: interviewQuestions[0]!.id,
    roomId,
    endedRoomId,
  };
}

/** Every page of the app: its route as app/ spells it, the address walked, and who sees it signed in. */
export interface WalkPage {
  route: string;
  url: (data: WalkData) => string;
  /** The signed-in walk uses the admin for admin pages, the demo user elsewhere. */
  signedInAs: 'demo' | 'admin';
}

const demo = (route: string, url: (data: WalkData) => string = () => route): WalkPage => ({ route, url, signedInAs: 'demo' });
const admin = (route: string, url: (data: WalkData) => string = () => route): WalkPage => ({ route, url, signedInAs: 'admin' });

export const WALK_PAGES: WalkPage[] = [
  demo('/'),
  demo('/login'),
  demo('/signup'),
  // Opening /logout only asks; the walk never presses its button, so the shared session lives on.
  demo('/logout'),
  demo('/profile'),
  demo('/preferences'),
  demo('/resume'),
  demo('/opportunities'),
  demo('/favorites'),
  demo('/docs'),
  demo('/practice'),
  demo('/practice/[slug]', (d) => `/practice/${d.slug}`),
  demo('/live'),
  demo('/rooms/history'),
  demo('/rooms/[roomId]', (d) => `/rooms/${d.roomId}`),
  demo('/rooms/[roomId]/replay', (d) => `/rooms/${d.endedRoomId}/replay`),
  demo('/interview'),
  demo('/interview/[id]', (d) => `/interview/${d.interviewId}`),
  demo('/interview/records'),
  demo('/interview/records/[id]', (d) => `/interview/records/${d.recordId}`),
  demo('/forum'),
  demo('/forum/new'),
  demo('/forum/[id]', (d) => `/forum/${d.discussionId}`),
  demo('/forum/[id]/edit', (d) => `/forum/${d.discussionId}/edit`),
  demo('/experiences'),
  demo('/experiences/new'),
  demo('/experiences/[id]', (d) => `/experiences/${d.experienceId}`),
  demo('/experiences/[id]/edit', (d) => `/experiences/${d.experienceId}/edit`),
  demo('/companies'),
  demo('/companies/[name]', (d) => `/companies/${encodeURIComponent(d.company)}`),
  admin('/admin/questions'),
  admin('/admin/questions/new'),
  admin('/admin/questions/[id]/edit', (d) => `/admin/questions/${d.adminQuestionId}/edit`),
  admin('/admin/interview-questions'),
  admin('/admin/interview-questions/new'),
  admin('/admin/interview-questions/[id]/edit', (d) => `/admin/interview-questions/${d.interviewQuestionId}/edit`),
];

/** The routes app/**\/page.tsx defines, route groups dropped: the walk must cover each. */
export function appRoutes(): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('_') && entry.name !== 'api') visit(path.join(dir, entry.name));
      } else if (entry.name === 'page.tsx') {
        const segments = path
          .relative(path.join(ROOT, 'app'), dir)
          .split(path.sep)
          .filter((s) => s && !/^\(.*\)$/.test(s));
        found.push(`/${segments.join('/')}`);
      }
    }
  };
  visit(path.join(ROOT, 'app'));
  return found.sort();
}
