import { lenientQuery, type SearchParams } from '@/app/_lib/pages';
import { questionListQuery, type QuestionListQuery } from '@/lib/validation/questions';

export const QUESTIONS_PER_PAGE = 20;

export const QUESTIONS_PATH = '/admin/questions';

/** The list's filters and page from the address (a value the schema refuses is left out). */
export const listQueryOf = (params: SearchParams): QuestionListQuery =>
  lenientQuery(questionListQuery, params, ['status', 'difficulty', 'category', 'q', 'page'], {
    pageSize: QUESTIONS_PER_PAGE,
    sortBy: 'title',
    sortOrder: 'asc',
  });
