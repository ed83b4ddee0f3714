import { z } from 'zod';
import type { FieldKey, MessageRef } from '@/lib/i18n/validation-messages';
import { requiredString, text } from './common';
import { keyed, says, textIssue } from './messages';

/** 在學中 / 在職中: the open end of a row still going on. */
export const STILL_STUDYING = '在學中';
export const STILL_EMPLOYED = '在職中';

/**
 * "2022/06/01" or "2022-6-1", as the contract writes dates, or a month alone ("2022/06", "2022-06",
 * what a month picker gives; its first day, A31); answered as YYYY/MM/DD.
 */
function parseDate(value: string): string | null {
  const trimmed = value.trim();
  const m = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(/^\d{4}[/-]\d{1,2}$/.test(trimmed) ? `${trimmed}/01` : trimmed);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (date.getUTCMonth() !== Number(m[2]) - 1 || date.getUTCDate() !== Number(m[3]) || date.getUTCFullYear() < 1900) return null;
  return `${m[1]}/${m[2]!.padStart(2, '0')}/${m[3]!.padStart(2, '0')}`;
}

/** Today in Taiwan, as YYYY/MM/DD (what "not in the future" means to these users, and the latest date the forms offer). */
export function todayInTaipei(): string {
  return taipeiDate(new Date());
}

/** A moment's date in Taiwan, as YYYY/MM/DD (the contracts' date form). */
export function taipeiDate(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Taipei', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(date)
    .replaceAll('-', '/');
}

/** A past (or today's) date, or with `openEnd` that word (在學中 / 在職中); `future` allows dates to come (an expected graduation). */
export const dateText = (field: FieldKey, options: { openEnd?: string; future?: boolean } = {}) =>
  requiredString(field).transform((value, ctx) => {
    const trimmed = value.trim();
    if (options.openEnd && trimmed === options.openEnd) return trimmed;
    const date = parseDate(trimmed);
    if (!date) {
      ctx.addIssue({
        code: 'custom',
        ...(options.openEnd ? says('dateFormatOrOpen', { field, openEnd: options.openEnd }) : says('dateFormat', { field })),
      });
      return z.NEVER;
    }
    if (!options.future && date > todayInTaipei()) {
      ctx.addIssue({ code: 'custom', ...says('dateInFuture', { field }) });
      return z.NEVER;
    }
    return date;
  });

/** The list without repeats, compared case-insensitively; the first spelling stays. */
const uniqueFolded = (list: string[]) => {
  const seen = new Set<string>();
  return list.filter((item) => {
    const key = item.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/** An open end sorts after every date; dates as text sort in time order (YYYY/MM/DD). */
const endsBeforeStart = (start: string, end: string) => /^\d/.test(end) && end < start;

const clearableLine = (field: FieldKey, max: number) => keyed(z.string().trim().max(max), textIssue(field));

// ai-interview-api.md Resumes: the contract's snake_case rows.
const educationRow = z
  .object({
    school: text('school', 100),
    department: clearableLine('department', 100).optional(),
    admission_date: dateText('admissionDate'),
    date_of_graduation: dateText('graduationDate', { openEnd: STILL_STUDYING, future: true }),
  })
  .superRefine((row, ctx) => {
    if (endsBeforeStart(row.admission_date, row.date_of_graduation)) {
      ctx.addIssue({ code: 'custom', path: ['date_of_graduation'], ...says('graduationBeforeAdmission') });
    }
  });

const workRow = z
  .object({
    company: text('company', 100),
    position: text('position', 100),
    start_work: dateText('startDate'),
    resign: dateText('endDate', { openEnd: STILL_EMPLOYED }),
    description: clearableLine('description', 2000).optional(),
  })
  .superRefine((row, ctx) => {
    if (endsBeforeStart(row.start_work, row.resign)) {
      ctx.addIssue({ code: 'custom', path: ['resign'], ...says('endBeforeStart') });
    }
  });

const httpsUrl = keyed(z.string().trim().max(500), textIssue('url')).refine((value) => {
  if (value === '') return true;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}, says('urlInvalid'));

// The contract's own example sends portfolio rows with an empty title (A29 in docs/api-decisions.md).
const portfolioRow = z.object({
  title: clearableLine('title', 100).default(''),
  description: clearableLine('description', 1000).default(''),
  url: httpsUrl.optional(),
});

/** A list of résumé rows; `rows` names them in the English message ("Education must be a list", "At most 20 education rows"). */
const rows = <T extends z.ZodType>(row: T, rows: string, max = 20) =>
  keyed(z.array(row).max(max), (issue): MessageRef | undefined => {
    if (issue.code === 'invalid_type') return { key: 'rowsNotList', values: { rows } };
    if (issue.code === 'too_big') return { key: 'rowsTooMany', values: { rows: rows.toLowerCase(), max } };
    return undefined;
  });

/** A list of labels: a message when it is not a list, another when it is too long. */
const labels = <T extends z.ZodType>(item: T, max: number, notList: 'skillsNotList' | 'tagsNotList' | 'questionsNotList') =>
  keyed(z.array(item).max(max), (issue): MessageRef | undefined => {
    if (issue.code === 'invalid_type') return { key: notList };
    if (issue.code !== 'too_big') return undefined;
    const tooMany = { skillsNotList: 'skillsTooMany', tagsNotList: 'tagsTooMany', questionsNotList: 'questionsTooMany' } as const;
    return { key: tooMany[notList], values: { max } };
  });

const skills = labels(text('skill', 40), 50, 'skillsNotList').transform(uniqueFolded);

/**
 * ai-interview-api.md Resumes 2 and 3: every field may be sent alone; `Portfolio` is the
 * contract's spelling, `portfolio` is accepted beside it.
 */
export const legacyResumeBody = z
  .object({
    autobiography: clearableLine('autobiography', 5000),
    education: rows(educationRow, 'Education'),
    work_experience: rows(workRow, 'Work experience'),
    Portfolio: rows(portfolioRow, 'Portfolio'),
    portfolio: rows(portfolioRow, 'Portfolio'),
    skill: skills,
    skills,
  })
  .partial()
  .strict()
  .transform(({ autobiography, education, work_experience, Portfolio, portfolio, skill, skills: skillList }): ResumeInput => {
    const out: ResumeInput = {};
    if (autobiography !== undefined) out.autobiography = autobiography;
    if (education)
      out.education = education.map((e) => ({
        school: e.school,
        ...(e.department ? { department: e.department } : {}),
        admissionDate: e.admission_date,
        graduationDate: e.date_of_graduation,
      }));
    if (work_experience) {
      out.workExperience = work_experience.map((w) => ({
        company: w.company,
        position: w.position,
        startDate: w.start_work,
        endDate: w.resign,
        ...(w.description ? { description: w.description } : {}),
      }));
    }
    const works = Portfolio ?? portfolio;
    if (works) out.portfolio = works.map((p) => ({ title: p.title, description: p.description, ...(p.url ? { url: p.url } : {}) }));
    if (skill ?? skillList) out.skills = skill ?? skillList;
    return out;
  });

export interface ResumeInput {
  autobiography?: string;
  education?: Array<{ school: string; department?: string; admissionDate: string; graduationDate: string }>;
  workExperience?: Array<{ company: string; position: string; startDate: string; endDate: string; description?: string }>;
  portfolio?: Array<{ title: string; description: string; url?: string }>;
  skills?: string[];
}

/** Tags are short labels, folded to one spelling, at most five. */
export const tagSchema = text('tag', 20).transform((tag) => tag.normalize('NFKC').replace(/^#/, ''));
const tags = labels(tagSchema, 5, 'tagsNotList').transform(uniqueFolded);

// ai-interview-api.md Discussions 1.
export const discussionBody = z.object({
  title: text('title', 100),
  content: text('content', 20_000),
  tags: tags.default([]),
});

// ai-interview-api.md Discussions 5: the contract sends the body as `description`; `content` is accepted beside it.
export const discussionPatchBody = z
  .object({ title: text('title', 100), content: text('content', 20_000), description: text('content', 20_000), tags })
  .partial()
  .strict()
  .transform(({ description, content, ...rest }) => ({
    ...rest,
    ...((content ?? description) !== undefined ? { content: content ?? description } : {}),
  }));
export type DiscussionPatch = z.output<typeof discussionPatchBody>;

export const DISCUSSION_SORTS = ['newest', 'favorites', 'comments'] as const;

export const page = z.coerce
  .number({ error: 'page must be a whole number' })
  .int('page must be a whole number')
  .min(1, 'page starts at 1')
  .default(1);
export const perPage = z.coerce
  .number({ error: 'per_page must be a whole number' })
  .int('per_page must be a whole number')
  .min(1, 'per_page must be at least 1')
  .max(100, 'per_page must be at most 100')
  .default(20);

/** The list's page, filter, order and search (beside the contract, which lists everything). */
export const discussionListQuery = z.object({
  page,
  per_page: perPage,
  tag: tagSchema.optional(),
  q: z.string().trim().max(100, 'q must be at most 100 characters').optional(),
  sort: z.enum(DISCUSSION_SORTS, { error: `sort must be one of ${DISCUSSION_SORTS.join(', ')}` }).default('newest'),
});
export type DiscussionListQuery = z.output<typeof discussionListQuery>;

const id = (field: string) =>
  z.coerce
    .number({ error: `${field} must be an id` })
    .int(`${field} must be an id`)
    .min(1, `${field} must be an id`)
    .max(2_147_483_647, `${field} must be an id`);

const commentText = text('comment', 2000);

// ai-interview-api.md Comments 2; `experience` beside `discussion` comments on an interview experience.
export const commentBody = z
  .object({ discussion: id('discussion').optional(), experience: id('experience').optional(), comment: commentText })
  .superRefine((body, ctx) => {
    if ((body.discussion === undefined) === (body.experience === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['discussion'], ...says('commentTarget') });
    }
  });

// ai-interview-api.md Comments 3.
export const commentPatchBody = z.object({ comment_id: id('comment_id'), comment: commentText });

export const INTERVIEW_RESULTS = ['已錄取', '未錄取', '等待中'] as const;
export const INTERVIEW_DIFFICULTIES = ['簡單', '中等', '困難'] as const;

const experienceFields = {
  company: text('company', 100),
  position: text('position', 100),
  interview_date: dateText('interviewDate'),
  interview_sharing: text('interviewSharing', 20_000),
  interview_result: keyed(z.enum(INTERVIEW_RESULTS), () => ({ key: 'interviewResult', values: { choices: INTERVIEW_RESULTS.join(', ') } })),
  interview_difficulty: keyed(z.enum(INTERVIEW_DIFFICULTIES), () => ({
    key: 'interviewDifficulty',
    values: { choices: INTERVIEW_DIFFICULTIES.join(', ') },
  })),
  interview_evaluation: keyed(z.coerce.number().int().min(1).max(5), () => ({ key: 'interviewEvaluation' })).nullable(),
  interview_question: labels(text('question', 200), 30, 'questionsNotList'),
};

export interface ExperienceInput {
  company: string;
  position: string;
  interviewDate: string;
  sharing: string;
  result: (typeof INTERVIEW_RESULTS)[number];
  difficulty: (typeof INTERVIEW_DIFFICULTIES)[number];
  evaluation: number | null;
  questions: string[];
}

const toExperience = (body: Partial<z.output<z.ZodObject<typeof experienceFields>>>): Partial<ExperienceInput> => {
  const out: Partial<ExperienceInput> = {};
  if (body.company !== undefined) out.company = body.company;
  if (body.position !== undefined) out.position = body.position;
  if (body.interview_date !== undefined) out.interviewDate = body.interview_date;
  if (body.interview_sharing !== undefined) out.sharing = body.interview_sharing;
  if (body.interview_result !== undefined) out.result = body.interview_result;
  if (body.interview_difficulty !== undefined) out.difficulty = body.interview_difficulty;
  if (body.interview_evaluation !== undefined) out.evaluation = body.interview_evaluation;
  if (body.interview_question !== undefined) out.questions = body.interview_question;
  return out;
};

// ai-interview-api.md Experiences 1 (the evaluation, shown by 3, may be given too).
export const experienceBody = z
  .object({
    ...experienceFields,
    interview_evaluation: experienceFields.interview_evaluation.optional().default(null),
    interview_question: experienceFields.interview_question.default([]),
  })
  .strict()
  .transform((body) => toExperience(body) as ExperienceInput);

// ai-interview-api.md Experiences 5 names sharing, result and questions; the other fields may be corrected too.
export const experiencePatchBody = z.object(experienceFields).partial().strict().transform(toExperience);

export const experienceListQuery = z.object({
  page,
  per_page: perPage,
  company: z.string().trim().max(100).optional(),
  position: z.string().trim().max(100).optional(),
  result: z.enum(INTERVIEW_RESULTS, { error: `result must be one of ${INTERVIEW_RESULTS.join(', ')}` }).optional(),
  difficulty: z.enum(INTERVIEW_DIFFICULTIES, { error: `difficulty must be one of ${INTERVIEW_DIFFICULTIES.join(', ')}` }).optional(),
});
export type ExperienceListQuery = z.output<typeof experienceListQuery>;
