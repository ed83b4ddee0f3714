import type { ExperienceView } from '@/lib/experiences/service';
import { todayInTaipei } from '@/lib/validation/career';
import type { ExperienceFormValues } from './experience-form';

/** Today in Taiwan as a date input writes it: the latest interview date the form offers. */
export const todayInTaiwan = () => todayInTaipei().replaceAll('/', '-');

export const emptyFormValues: ExperienceFormValues = {
  company: '',
  position: '',
  interviewDate: '',
  sharing: '',
  result: '',
  difficulty: '',
  evaluation: '',
  questions: [''],
};

/** A saved experience as the edit form starts from it. */
export const formValuesOf = (e: ExperienceView): ExperienceFormValues => ({
  company: e.company,
  position: e.position,
  interviewDate: e.interviewDate.replaceAll('/', '-'),
  sharing: e.sharing,
  result: e.result,
  difficulty: e.difficulty,
  evaluation: e.evaluation === null ? '' : String(e.evaluation),
  questions: e.questions,
});
