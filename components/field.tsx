import type { InputHTMLAttributes } from 'react';

/** A labelled input that shows the server's per-field messages. */
export function Field({
  label,
  name,
  errors,
  hint,
  ...input
}: { label: string; name: string; errors?: string[]; hint?: string } & InputHTMLAttributes<HTMLInputElement>) {
  const id = `field-${name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <input id={id} name={name} className="field" aria-invalid={errors?.length ? true : undefined} {...input} />
      {hint && !errors?.length && <p className="text-xs text-slate-500">{hint}</p>}
      {errors?.map((message) => (
        <p key={message} className="text-xs text-red-600" role="alert">
          {message}
        </p>
      ))}
    </div>
  );
}
