import { z } from 'zod';
import { INTERVIEW_DIFFICULTIES, INTERVIEW_RESULTS } from './career';

/** Response shapes of ai-interview-api.md Resumes, Discussions, Comments, Experiences and Favorites (the presenters build them). */

// `department` and `description` beside the contract's fields (A31).
const education = z.object({ school: z.string(), department: z.string(), admission_date: z.string(), date_of_graduation: z.string() });
const work = z.object({ company: z.string(), start_work: z.string(), position: z.string(), resign: z.string(), description: z.string() });
const portfolio = z.object({ title: z.string(), description: z.string(), url: z.string().optional() });

export const resumeResponse = z
  .object({
    autobiography: z.string(),
    education: z.array(education),
    work_experience: z.array(work),
    Portfolio: z.array(portfolio),
    portfolio: z.array(portfolio),
    skill: z.array(z.string()),
    updated_at: z.string(),
  })
  .meta({ id: 'Resume' });

const favoriteId = z
  .number()
  .int()
  .nullable()
  .optional()
  .meta({ description: 'The caller’s favorite of it (with a token); null when not favorited' });

export const discussionResponse = z
  .object({
    discussion_id: z.number().int(),
    poster: z.string(),
    poster_id: z.number().int(),
    posting_time: z.string(),
    updated_at: z.string(),
    title: z.string(),
    content: z.string(),
    favorites: z.number().int(),
    comments: z.number().int(),
    tags: z.array(z.string()),
    favorite_id: favoriteId,
  })
  .meta({ id: 'Discussion' });

export const discussionListResponse = z.array(discussionResponse);

export const ownDiscussionListResponse = z.array(
  z.object({
    discussion_id: z.number().int(),
    posting_time: z.string(),
    updated_at: z.string(),
    title: z.string(),
    description: z.string(),
    content: z.string(),
    favorites: z.number().int(),
    comments: z.number().int(),
    tags: z.array(z.string()),
  }),
);

export const favoriteDiscussionListResponse = z.array(
  z.object({
    favorite_id: z.number().int().nullable(),
    discussions_id: z.number().int(),
    discussion_id: z.number().int(),
    poster: z.string(),
    title: z.string(),
    content: z.string(),
    favorites: z.number().int(),
    comments: z.number().int(),
    tags: z.array(z.string()),
  }),
);

export const commentListResponse = z.array(
  z
    .object({
      id: z.number().int(),
      author: z.object({ id: z.number().int(), name: z.string() }),
      comment: z.string(),
      created_at: z.string(),
      update_at: z.string(),
      mine: z.boolean().optional(),
    })
    .meta({ id: 'Comment' }),
);

const experienceSummaryFields = {
  experience_id: z.number().int(),
  author_id: z.number().int(),
  update_at: z.string(),
  company: z.string(),
  position: z.string(),
  interview_date: z.string(),
  interview_result: z.enum(INTERVIEW_RESULTS),
  interview_difficulty: z.enum(INTERVIEW_DIFFICULTIES),
  interview_evaluation: z.number().int().min(1).max(5).nullable(),
  favorites: z.number().int(),
  comments: z.number().int(),
  favorite_id: favoriteId,
};

export const experienceSummaryResponse = z.object(experienceSummaryFields).meta({ id: 'ExperienceSummary' });
export const experienceListResponse = z.array(experienceSummaryResponse);

export const experienceResponse = z
  .object({ ...experienceSummaryFields, interview_sharing: z.string(), interview_question: z.array(z.string()) })
  .meta({ id: 'Experience' });
export const experienceDetailListResponse = z.array(experienceResponse);

/** "新增成功" with the new row's id beside it (additive). */
export const createdResponse = (idField: string) => z.object({ message: z.string(), [idField]: z.number().int() });

export const favoriteAddedResponse = z.object({ message: z.string(), favorite_id: z.number().int() });
