'use client';

import { useState, useTransition } from 'react';
import type { UserPreferences } from '@/db/schema';
import type { FieldErrors } from '@/lib/errors';
import type { Messages } from '@/lib/i18n/messages';
import { updatePreferencesAction } from '../actions';

export const LANGUAGE_CHOICES = ['JavaScript', 'TypeScript', 'Python', 'Java', 'C++'];

export function PreferencesForm({ t, initial }: { t: Messages; initial: UserPreferences }) {
  const [pending, start] = useTransition();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);

  return (
    <form
      className="space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        start(async () => {
          const result = await updatePreferencesAction({
            languages: form.getAll('languages').map(String),
            difficulty: String(form.get('difficulty')),
            enableVideo: form.get('enableVideo') === 'on',
          });
          setSaved(result.ok);
          setErrors(result.ok ? {} : (result.fieldErrors ?? {}));
        });
      }}
    >
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">{t.languages}</legend>
        <div className="flex flex-wrap gap-4">
          {LANGUAGE_CHOICES.map((lang) => (
            <label key={lang} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="languages" value={lang} defaultChecked={initial.languages.includes(lang)} />
              {lang}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="space-y-1">
        <label htmlFor="difficulty" className="block text-sm font-medium text-slate-700">
          {t.difficulty}
        </label>
        <select id="difficulty" name="difficulty" defaultValue={initial.difficulty} className="field max-w-xs">
          <option>Easy</option>
          <option>Medium</option>
          <option>Hard</option>
        </select>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="enableVideo" defaultChecked={initial.enableVideo} />
        {t.enableVideo}
      </label>
      {Object.values(errors)
        .flat()
        .map((message) => (
          <p key={message} className="text-xs text-red-600" role="alert">
            {message}
          </p>
        ))}
      <div className="flex items-center gap-3">
        <button type="submit" className="btn" disabled={pending}>
          {t.save}
        </button>
        {saved && (
          <span className="text-sm text-green-700" role="status">
            {t.saved}
          </span>
        )}
      </div>
    </form>
  );
}
