import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db';
import { requireWebActor } from '@/app/_lib/auth';
import { getExperience } from '@/lib/experiences/service';
import { COMMUNITY } from '@/lib/i18n/community';
import { EXPERIENCES } from '@/lib/i18n/experiences';
import { getDictionary } from '@/app/_lib/i18n';
import { ExperienceForm } from '../../_components/experience-form';
import { formValuesOf, todayInTaiwan } from '../../_components/form-values';
import { difficultyChoices, resultChoices } from '../../_components/labels';
import { orNotFound } from '@/app/_lib/pages';
import { experienceIdOf } from '../../_components/not-found';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { d } = await getDictionary(EXPERIENCES);
  return { title: d.editExperience };
}

/** The author's edit form; anyone else is told so, and sees no form (the action refuses them too). */
export default async function EditExperiencePage({ params }: Props) {
  const { id: idText } = await params;
  const id = await experienceIdOf(idText);
  const [actor, { d }, { d: c }, db] = await Promise.all([
    requireWebActor(`/experiences/${id}/edit`),
    getDictionary(EXPERIENCES),
    getDictionary(COMMUNITY),
    getDb(),
  ]);
  const experience = await orNotFound(() => getExperience(db, actor.userId, id));
  const back = `/experiences/${id}`;
  if (experience.authorId !== actor.userId) {
    return (
      <div className="card mx-auto max-w-xl space-y-4">
        <h1 className="text-2xl font-semibold">{d.editExperience}</h1>
        <p className="text-slate-700" role="alert">
          {d.notAuthor}
        </p>
        <Link href={back} className="btn-secondary">
          {d.backToExperience}
        </Link>
      </div>
    );
  }
  return (
    <div className="card space-y-6">
      <h1 className="text-2xl font-semibold">{d.editExperience}</h1>
      <ExperienceForm
        experienceId={id}
        initial={formValuesOf(experience)}
        results={resultChoices(d)}
        difficulties={difficultyChoices(d)}
        today={todayInTaiwan()}
        cancelHref={back}
        d={d}
        c={c}
      />
    </div>
  );
}
