import type { Metadata } from 'next';
import { INTERVIEW_BANK } from '@/lib/i18n/interview-bank';
import { getDictionary } from '@/app/_lib/i18n';
import { AdminOnly } from '../_components/admin-only';
import { bankAdminOf } from '../_components/admin';
import { emptyFormValues } from '../_components/form-values';
import { familyChoices, kindChoices } from '../_components/labels';
import { BANK_PATH } from '../_components/list-query';
import { QuestionForm } from '../_components/question-form';

export async function generateMetadata(): Promise<Metadata> {
  const { d } = await getDictionary(INTERVIEW_BANK);
  return { title: d.addQuestion };
}

export default async function NewBankQuestionPage() {
  const [actor, { locale, d }] = await Promise.all([bankAdminOf(`${BANK_PATH}/new`), getDictionary(INTERVIEW_BANK)]);
  if (!actor) return <AdminOnly d={d} />;
  return (
    <div className="card space-y-6">
      <h1 className="text-2xl font-semibold">{d.addQuestion}</h1>
      <QuestionForm initial={emptyFormValues} families={familyChoices(locale)} kinds={kindChoices(d)} cancelHref={BANK_PATH} d={d} />
    </div>
  );
}
