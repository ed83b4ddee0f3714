import type { Metadata } from 'next';
import { requireWebActor } from '@/app/_lib/auth';
import { COMMUNITY } from '@/lib/i18n/community';
import { EXPERIENCES } from '@/lib/i18n/experiences';
import { getDictionary } from '@/app/_lib/i18n';
import { ExperienceForm } from '../_components/experience-form';
import { emptyFormValues, todayInTaiwan } from '../_components/form-values';
import { difficultyChoices, resultChoices } from '../_components/labels';

export async function generateMetadata(): Promise<Metadata> {
  const { d } = await getDictionary(EXPERIENCES);
  return { title: d.shareExperience };
}

export default async function NewExperiencePage() {
  const [, { d }, { d: c }] = await Promise.all([
    requireWebActor('/experiences/new'),
    getDictionary(EXPERIENCES),
    getDictionary(COMMUNITY),
  ]);
  return (
    <div className="card space-y-6">
      <h1 className="text-2xl font-semibold">{d.shareExperience}</h1>
      <ExperienceForm
        initial={emptyFormValues}
        results={resultChoices(d)}
        difficulties={difficultyChoices(d)}
        today={todayInTaiwan()}
        cancelHref="/experiences"
        d={d}
        c={c}
      />
    </div>
  );
}
