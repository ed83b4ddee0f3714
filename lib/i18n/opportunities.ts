import type { Dictionary } from './messages';

/** Strings of the opportunities page (codemeet-api.md §5). */
export interface OpportunityStrings {
  title: string;
  intro: string;
  balance: string;
  nextReset: string;
  chart: string;
  history: string;
  empty: string;
  when: string;
  change: string;
  reason: string;
  after: string;
  kinds: Record<'consumed' | 'earned' | 'refunded' | 'reset', string>;
  reasons: Record<string, string>;
}

export const OPPORTUNITIES: Dictionary<OpportunityStrings> = {
  'zh-TW': {
    title: '面試機會',
    intro:
      '以受試者身分開始一場同儕模擬面試會用掉一次機會；以面試官身分完成一場（至少 {minutes} 分鐘，且受試者有寫程式）可獲得一次，每天最多 {perDay} 次，同一對夥伴每天 1 次。面試不到 {minutes} 分鐘就結束時，受試者的機會會退還。每天 00:00（台北時間）未達每日額度者補足，已超過者不減少。',
    balance: '目前的機會',
    nextReset: '下次補足',
    chart: '機會變化',
    history: '紀錄',
    empty: '還沒有任何紀錄。',
    when: '時間',
    change: '變化',
    reason: '原因',
    after: '之後',
    kinds: { consumed: '使用', earned: '獲得', refunded: '退還', reset: '每日補足' },
    reasons: {
      'Started interview as interviewee': '以受試者身分開始面試',
      'Completed interview as interviewer': '以面試官身分完成面試',
      'Daily reset': '每日補足',
      'Interview too short to count: its opportunity is returned': '面試時間太短不列計，退還機會',
    },
  },
  en: {
    title: 'Interview opportunities',
    intro:
      'Starting a peer mock interview as the interviewee spends one opportunity; completing one as the interviewer (at least {minutes} minutes, with the interviewee writing code) earns one, at most {perDay} a day and once a day with the same partner. An interview ended within {minutes} minutes gives the interviewee’s opportunity back. Every day at 00:00 (Taipei time) balances below the daily allowance are topped up; higher ones are never lowered.',
    balance: 'Opportunities now',
    nextReset: 'Next top-up',
    chart: 'Balance over time',
    history: 'History',
    empty: 'Nothing yet.',
    when: 'When',
    change: 'Change',
    reason: 'Reason',
    after: 'Balance',
    kinds: { consumed: 'Spent', earned: 'Earned', refunded: 'Returned', reset: 'Daily top-up' },
    reasons: {},
  },
};
