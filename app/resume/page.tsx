import type { Metadata } from 'next';
import { getDb } from '@/db';
import { requireWebActor } from '@/app/_lib/auth';
import { getDictionary } from '@/app/_lib/i18n';
import { RESUME } from '@/lib/i18n/resume';
import { findResume } from '@/lib/resumes/service';
import { legacyResume } from '@/lib/resumes/present';
import { ResumeEditor } from './_components/resume-editor';

export async function generateMetadata(): Promise<Metadata> {
  const { d } = await getDictionary(RESUME);
  return { title: d.title };
}

export default async function ResumePage() {
  const actor = await requireWebActor('/resume');
  const [{ d }, resume] = await Promise.all([getDictionary(RESUME), findResume(await getDb(), actor)]);
  const user = actor.user;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{d.title}</h1>
        <p className="text-sm text-slate-600">{d.intro}</p>
      </header>
      <ResumeEditor
        t={d}
        person={{ name: user.name, contact: [user.email, user.phone, user.address].filter(Boolean).join(' · ') }}
        initial={resume ? legacyResume(resume) : null}
      />
    </div>
  );
}
