import { lenientQuery, type SearchParams } from '@/app/_lib/pages';
import { experienceListQuery, type ExperienceListQuery } from '@/lib/validation/career';

export const EXPERIENCES_PER_PAGE = 20;

/** A list's filters and page from the address (a value the schema refuses is left out). */
export const listQueryOf = (params: SearchParams): ExperienceListQuery =>
  lenientQuery(experienceListQuery, params, ['company', 'position', 'result', 'difficulty', 'page'], { per_page: EXPERIENCES_PER_PAGE });
