import type { ExperienceView } from './service';

// The ai-interview contract's shapes (its own spelling "update_at"); additions are in docs/api-decisions.md.

const viewerFields = (view: { favoriteId?: number | null }) => (view.favoriteId === undefined ? {} : { favorite_id: view.favoriteId });

/** ai-interview-api.md Experiences 2 (and Favorites 4 with the evaluation and the favorite's id). */
export function legacyExperienceSummary(e: ExperienceView) {
  return {
    experience_id: e.id,
    author_id: e.authorId,
    update_at: e.updatedAt.toISOString(),
    company: e.company,
    position: e.position,
    interview_date: e.interviewDate,
    interview_result: e.result,
    interview_difficulty: e.difficulty,
    interview_evaluation: e.evaluation,
    favorites: e.favorites,
    comments: e.comments,
    ...viewerFields(e),
  };
}

/** ai-interview-api.md Experiences 3 and 4. */
export function legacyExperience(e: ExperienceView) {
  return {
    ...legacyExperienceSummary(e),
    interview_sharing: e.sharing,
    interview_question: e.questions,
  };
}
