import type { Metadata } from 'next';
import { orNotFound } from '@/app/_lib/pages';
import { getDb } from '@/db';
import { QUESTION_ADMIN } from '@/lib/i18n/question-admin';
import { getDictionary } from '@/app/_lib/i18n';
import { rowId } from '@/lib/ids';
import { editableContent } from '@/lib/questions/admin';
import { getQuestion } from '@/lib/questions/service';
import { AdminOnly } from '../../_components/admin-only';
import { questionAdminOf } from '../../_components/admin';
import { editorValuesOf } from '../../_components/editor-values';
import { QUESTIONS_PATH } from '../../_components/list-query';
import { QuestionEditor } from '../../_components/question-editor';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { d } = await getDictionary(QUESTION_ADMIN);
  return { title: d.editQuestion };
}

/** An admin's edit form; anyone else is told the bank is for administrators before any question is read. */
export default async function EditQuestionPage({ params }: Props) {
  const { id: idText } = await params;
  const [actor, { d }, db] = await Promise.all([
    questionAdminOf(`${QUESTIONS_PATH}/${encodeURIComponent(idText)}/edit`),
    getDictionary(QUESTION_ADMIN),
    getDb(),
  ]);
  if (!actor) return <AdminOnly d={d} />;
  const found = await orNotFound(() => getQuestion(db, actor, rowId(idText, 'QUESTION_NOT_FOUND')));
  return (
    <div className="card space-y-6">
      <h1 className="text-2xl font-semibold">{d.editQuestion}</h1>
      <QuestionEditor questionId={found.question.id} initial={editorValuesOf(editableContent(found))} d={d} />
    </div>
  );
}
