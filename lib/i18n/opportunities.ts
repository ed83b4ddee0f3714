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
  kinds: Record<'consumed' | 'earned' | 'reset', string>;
  reasons: Record<string, string>;
}

export const OPPORTUNITIES: Dictionary<OpportunityStrings> = {
  'zh-TW': {
    title: '面試機會',
    intro:
      '以受試者身分開始一場同儕模擬面試會用掉一次機會；以面試官身分完成一場可獲得一次。每天 00:00（台北時間）未達每日額度者補足，已超過者不減少。',
    balance: '目前的機會',
    nextReset: '下次補足',
    chart: '機會變化',
    history: '紀錄',
    empty: '還沒有任何紀錄。',
    when: '時間',
    change: '變化',
    reason: '原因',
    after: '之後',
    kinds: { consumed: '使用', earned: '獲得', reset: '每日補足' },
    reasons: {
      'Started interview as interviewee': '以受試者身分開始面試',
      'Completed interview as interviewer': '以面試官身分完成面試',
      'Daily reset': '每日補足',
    },
  },
  en: {
    title: 'Interview opportunities',
    intro:
      'Starting a peer mock interview as the interviewee spends one opportunity; completing one as the interviewer earns one. Every day at 00:00 (Taipei time) balances below the daily allowance are topped up; higher ones are never lowered.',
    balance: 'Opportunities now',
    nextReset: 'Next top-up',
    chart: 'Balance over time',
    history: 'History',
    empty: 'Nothing yet.',
    when: 'When',
    change: 'Change',
    reason: 'Reason',
    after: 'Balance',
    kinds: { consumed: 'Spent', earned: 'Earned', reset: 'Daily top-up' },
    reasons: {},
  },
};
