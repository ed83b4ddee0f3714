import type { Metadata } from 'next';
import { getDb } from '@/db';
import { rowId } from '@/lib/ids';
import { getBankQuestion } from '@/lib/interviews/bank';
import { INTERVIEW_BANK } from '@/lib/i18n/interview-bank';
import { getDictionary } from '@/app/_lib/i18n';
import { AdminOnly } from '../../_components/admin-only';
import { orNotFound } from '@/app/_lib/pages';
import { bankAdminOf } from '../../_components/admin';
import { formValuesOf } from '../../_components/form-values';
import { familyChoices, kindChoices } from '../../_components/labels';
import { BANK_PATH } from '../../_components/list-query';
import { QuestionForm } from '../../_components/question-form';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { d } = await getDictionary(INTERVIEW_BANK);
  return { title: d.editQuestion };
}

/** An admin's edit form; anyone else is told the bank is for administrators before any question is read. */
export default async function EditBankQuestionPage({ params }: Props) {
  const { id: idText } = await params;
  const [actor, { locale, d }, db] = await Promise.all([
    bankAdminOf(`${BANK_PATH}/${encodeURIComponent(idText)}/edit`),
    getDictionary(INTERVIEW_BANK),
    getDb(),
  ]);
  if (!actor) return <AdminOnly d={d} />;
  const question = await orNotFound(() => getBankQuestion(db, actor, rowId(idText, 'QUESTION_NOT_FOUND')));
  return (
    <div className="card space-y-6">
      <h1 className="text-2xl font-semibold">{d.editQuestion}</h1>
      <QuestionForm
        questionId={question.id}
        initial={formValuesOf(question)}
        families={familyChoices(locale)}
        kinds={kindChoices(d)}
        cancelHref={BANK_PATH}
        d={d}
      />
    </div>
  );
}
