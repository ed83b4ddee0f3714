import type { Resume } from '@/db/schema';

/**
 * ai-interview-api.md Resumes 1 and 3: "Portfolio" as the contract spells it, "portfolio" beside it;
 * each education row's `department` and work row's `description` beside the contract's fields (A31).
 */
export function legacyResume(r: Resume) {
  const portfolio = r.portfolio.map((p) => ({ title: p.title, description: p.description, ...(p.url ? { url: p.url } : {}) }));
  return {
    autobiography: r.autobiography,
    education: r.education.map((e) => ({
      school: e.school,
      department: e.department ?? '',
      admission_date: e.admissionDate,
      date_of_graduation: e.graduationDate,
    })),
    work_experience: r.workExperience.map((w) => ({
      company: w.company,
      start_work: w.startDate,
      position: w.position,
      resign: w.endDate,
      description: w.description ?? '',
    })),
    Portfolio: portfolio,
    portfolio,
    skill: r.skills,
    updated_at: r.updatedAt.toISOString(),
  };
}
