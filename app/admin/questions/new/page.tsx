import type { Metadata } from 'next';
import { QUESTION_ADMIN } from '@/lib/i18n/question-admin';
import { getDictionary } from '@/app/_lib/i18n';
import { AdminOnly } from '../_components/admin-only';
import { questionAdminOf } from '../_components/admin';
import { emptyEditorValues } from '../_components/editor-values';
import { QUESTIONS_PATH } from '../_components/list-query';
import { QuestionEditor } from '../_components/question-editor';

export async function generateMetadata(): Promise<Metadata> {
  const { d } = await getDictionary(QUESTION_ADMIN);
  return { title: d.addQuestion };
}

export default async function NewQuestionPage() {
  const [actor, { d }] = await Promise.all([questionAdminOf(`${QUESTIONS_PATH}/new`), getDictionary(QUESTION_ADMIN)]);
  if (!actor) return <AdminOnly d={d} />;
  return (
    <div className="card space-y-6">
      <h1 className="text-2xl font-semibold">{d.addQuestion}</h1>
      <QuestionEditor initial={emptyEditorValues} d={d} />
    </div>
  );
}
