import type { ReactNode } from 'react';

/** The frame of the 404 and error pages: an icon, a title, a sentence and what to do next. */
export function StatusPage({
  icon,
  code,
  title,
  body,
  children,
}: {
  icon: ReactNode;
  code?: string;
  title: string;
  body: string;
  children: ReactNode;
}) {
  return (
    <section className="mx-auto flex max-w-xl flex-col items-center gap-4 py-16 text-center" data-testid="status-page">
      <div className="flex size-14 items-center justify-center rounded-full bg-brand-50 text-brand-600 [&_svg]:size-7">{icon}</div>
      {code && <p className="font-mono text-sm font-semibold tracking-widest text-slate-500">{code}</p>}
      <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
      <p className="text-slate-600">{body}</p>
      <div className="mt-2 flex flex-wrap justify-center gap-3">{children}</div>
    </section>
  );
}
