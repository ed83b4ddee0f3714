'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Field } from '@/components/field';
import type { FieldErrors } from '@/lib/errors';
import type { Messages } from '@/lib/i18n/messages';
import { updateProfileAction } from '../actions';

export interface ProfileValues {
  name: string;
  phone: string;
  address: string;
  sex: string;
  birthday: string;
  status: string;
  highestEducation: string;
  seniority: string;
}

export function ProfileForm({ t, initial }: { t: Messages; initial: ProfileValues }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<'saved' | 'failed' | null>(null);

  return (
    <form
      className="grid gap-4 md:grid-cols-2"
      data-testid="profile-form"
      onSubmit={(event) => {
        event.preventDefault();
        const form = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
        start(async () => {
          const result = await updateProfileAction({ ...form, sex: form.sex || null });
          setErrors(result.ok ? {} : (result.fieldErrors ?? {}));
          setNotice(result.ok ? 'saved' : 'failed');
          if (result.ok) router.refresh();
        });
      }}
    >
      <Field label={t.name} name="name" defaultValue={initial.name} required errors={errors.name} />
      <Field label={t.phone} name="phone" type="tel" defaultValue={initial.phone} errors={errors.phone} />
      <Field label={t.address} name="address" defaultValue={initial.address} errors={errors.address} />
      <div className="space-y-1">
        <label htmlFor="field-sex" className="block text-sm font-medium text-slate-700">
          {t.sex}
        </label>
        <select id="field-sex" name="sex" defaultValue={initial.sex} className="field">
          <option value="">{t.sexUnset}</option>
          <option value="F">{t.sexF}</option>
          <option value="M">{t.sexM}</option>
        </select>
      </div>
      <Field label={t.birthday} name="birthday" type="date" defaultValue={initial.birthday} errors={errors.birthday} />
      <Field label={t.status} name="status" defaultValue={initial.status} placeholder="在學中 / 求職中 / 在職中" errors={errors.status} />
      <Field
        label={t.highestEducation}
        name="highestEducation"
        defaultValue={initial.highestEducation}
        placeholder="大學"
        errors={errors.highestEducation}
      />
      <Field label={t.seniority} name="seniority" defaultValue={initial.seniority} placeholder="一年以下" errors={errors.seniority} />
      <div className="flex items-center gap-3 md:col-span-2">
        <button type="submit" className="btn" disabled={pending}>
          {t.save}
        </button>
        {notice === 'saved' && (
          <span className="text-sm text-green-700" role="status">
            {t.saved}
          </span>
        )}
        {notice === 'failed' && (
          <span className="text-sm text-red-700" role="alert">
            {t.formError}
          </span>
        )}
      </div>
    </form>
  );
}
