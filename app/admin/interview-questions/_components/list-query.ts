import { lenientQuery, type SearchParams } from '@/app/_lib/pages';
import { bankListQuery, type BankListQuery } from '@/lib/validation/interviews';

export const QUESTIONS_PER_PAGE = 20;

export const BANK_PATH = '/admin/interview-questions';

/** The list's filters and page from the address (a value the schema refuses is left out). */
export const listQueryOf = (params: SearchParams): BankListQuery =>
  lenientQuery(bankListQuery, params, ['family', 'kind', 'status', 'q', 'page'], { per_page: QUESTIONS_PER_PAGE });
