'use client';

import { ArrowDown, ArrowUp, Plus } from 'lucide-react';
import { useMemo, useState, useTransition, type ReactNode } from 'react';
import type { FieldErrors } from '@/lib/errors';
import type { ResumeStrings } from '@/lib/i18n/resume';
import { saveResumeAction } from '../actions';

const STILL_STUDYING = '在學中';
const STILL_EMPLOYED = '在職中';

interface Education {
  key: number;
  school: string;
  department: string;
  admission: string;
  graduation: string;
  studying: boolean;
}
interface Work {
  key: number;
  company: string;
  position: string;
  start: string;
  end: string;
  employed: boolean;
  description: string;
}
interface PortfolioItem {
  key: number;
  title: string;
  description: string;
  url: string;
}
interface Draft {
  autobiography: string;
  education: Education[];
  work: Work[];
  portfolio: PortfolioItem[];
  skills: string;
}

/** The résumé as the contract answers it (lib/resumes/present.ts legacyResume). */
export interface SavedResume {
  autobiography: string;
  education: Array<{ school: string; department?: string; admission_date: string; date_of_graduation: string }>;
  work_experience: Array<{ company: string; start_work: string; position: string; resign: string; description?: string }>;
  portfolio: Array<{ title: string; description: string; url?: string }>;
  skill: string[];
}

let nextKey = 1;
const key = () => nextKey++;
/** The contract's "2022/06/01" kept as "2022-06-01" (its day survives an edit that leaves the month alone). */
const toInput = (date: string) => (/^\d{4}\/\d{2}\/\d{2}$/.test(date) ? date.replaceAll('/', '-') : '');
/** A month picker's "2022-06" for a kept date, and back: a new month is its first day. */
const toMonth = (date: string) => date.slice(0, 7);
const fromMonth = (month: string, previous: string) => (!month ? '' : previous.startsWith(month) ? previous : `${month}-01`);

function draftOf(saved: SavedResume | null): Draft {
  return {
    autobiography: saved?.autobiography ?? '',
    education: (saved?.education ?? []).map((e) => ({
      key: key(),
      school: e.school,
      department: e.department ?? '',
      admission: toInput(e.admission_date),
      graduation: toInput(e.date_of_graduation),
      studying: e.date_of_graduation === STILL_STUDYING,
    })),
    work: (saved?.work_experience ?? []).map((w) => ({
      key: key(),
      company: w.company,
      position: w.position,
      start: toInput(w.start_work),
      end: toInput(w.resign),
      employed: w.resign === STILL_EMPLOYED,
      description: w.description ?? '',
    })),
    portfolio: (saved?.portfolio ?? []).map((p) => ({ key: key(), title: p.title, description: p.description, url: p.url ?? '' })),
    skills: (saved?.skill ?? []).join(', '),
  };
}

/** What the action receives: the contract's shape, validated by the same schema as PATCH /api/resumes. */
function payloadOf(draft: Draft) {
  return {
    autobiography: draft.autobiography,
    education: draft.education.map((e) => ({
      school: e.school,
      department: e.department,
      admission_date: e.admission,
      date_of_graduation: e.studying ? STILL_STUDYING : e.graduation,
    })),
    work_experience: draft.work.map((w) => ({
      company: w.company,
      position: w.position,
      start_work: w.start,
      resign: w.employed ? STILL_EMPLOYED : w.end,
      description: w.description,
    })),
    portfolio: draft.portfolio.map((p) => ({ title: p.title, description: p.description, ...(p.url.trim() ? { url: p.url.trim() } : {}) })),
    skill: draft.skills
      .split(/[,，、\n]/)
      .map((s) => s.trim())
      .filter(Boolean),
  };
}

function move<T>(list: T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= list.length) return list;
  const copy = [...list];
  [copy[index], copy[target]] = [copy[target]!, copy[index]!];
  return copy;
}

function Errors({ messages }: { messages?: string[] }) {
  return (
    <>
      {messages?.map((message) => (
        <p key={message} className="text-xs text-red-600" role="alert">
          {message}
        </p>
      ))}
    </>
  );
}

function Input({
  label,
  value,
  onChange,
  errors,
  type = 'text',
  disabled,
  multiline,
  placeholder,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
  type?: string;
  disabled?: boolean;
  multiline?: boolean;
  placeholder?: string;
}) {
  return (
    <label className="block min-w-0 space-y-1 text-sm">
      <span className="font-medium text-slate-700">{label}</span>
      {multiline ? (
        <textarea
          className="field min-h-24"
          value={value}
          maxLength={2000}
          placeholder={placeholder}
          aria-invalid={errors?.length ? true : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input
          className="field"
          type={type}
          value={value}
          disabled={disabled}
          placeholder={placeholder}
          aria-invalid={errors?.length ? true : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      <Errors messages={errors} />
    </label>
  );
}

/** One row of a list section, with its reorder and remove controls. */
function Row({
  index,
  count,
  t,
  onMove,
  onRemove,
  children,
}: {
  index: number;
  count: number;
  t: ResumeStrings;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  children: ReactNode;
}) {
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 p-4" data-testid="resume-row">
      {children}
      <div className="flex gap-3 text-xs">
        <button
          type="button"
          className="inline-flex items-center gap-1 text-slate-500 hover:text-slate-800 disabled:opacity-40"
          disabled={index === 0}
          onClick={() => onMove(-1)}
        >
          <ArrowUp className="size-3.5" aria-hidden />
          {t.moveUp}
        </button>
        <button
          type="button"
          className="inline-flex items-center gap-1 text-slate-500 hover:text-slate-800 disabled:opacity-40"
          disabled={index === count - 1}
          onClick={() => onMove(1)}
        >
          <ArrowDown className="size-3.5" aria-hidden />
          {t.moveDown}
        </button>
        <button type="button" className="ml-auto text-red-600 hover:text-red-800" onClick={onRemove}>
          {t.removeRow}
        </button>
      </div>
    </div>
  );
}

/** A section of rows (education, experience, portfolio): each row's fields, its reorder and remove, and a button to add one. */
function RowList<T extends { key: number }>({
  title,
  rows,
  t,
  onChange,
  blank,
  render,
}: {
  title: string;
  rows: T[];
  t: ResumeStrings;
  onChange: (rows: T[]) => void;
  blank: () => T;
  render: (row: T, index: number, set: (patch: Partial<T>) => void) => ReactNode;
}) {
  return (
    <section className="card space-y-3">
      <h2 className="text-lg font-semibold">{title}</h2>
      {rows.map((row, i) => (
        <Row
          key={row.key}
          index={i}
          count={rows.length}
          t={t}
          onMove={(by) => onChange(move(rows, i, by))}
          onRemove={() => onChange(rows.filter((other) => other.key !== row.key))}
        >
          {render(row, i, (patch) => onChange(rows.map((other) => (other.key === row.key ? { ...other, ...patch } : other))))}
        </Row>
      ))}
      <button type="button" className="btn-secondary gap-1" onClick={() => onChange([...rows, blank()])}>
        <Plus className="size-4" aria-hidden />
        {t.addRow}
      </button>
    </section>
  );
}

const period = (start: string, end: string, open: boolean, present: string) => {
  const month = (date: string) => date.slice(0, 7).replace('-', '/');
  return `${start ? month(start) : '…'} – ${open ? present : end ? month(end) : '…'}`;
};

/** The preview, laid out as the PDF is (lib/resumes/pdf.ts). */
function Preview({ draft, person, t }: { draft: Draft; person: { name: string; contact: string }; t: ResumeStrings }) {
  const skills = payloadOf(draft).skill;
  const section = (title: string, body: ReactNode) => (
    <section className="space-y-2">
      <h3 className="border-b border-slate-300 pb-1 text-sm font-bold text-brand-600">{title}</h3>
      {body}
    </section>
  );
  const nothing = !draft.autobiography.trim() && !draft.education.length && !draft.work.length && !draft.portfolio.length && !skills.length;
  return (
    <article
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 text-sm shadow-inner"
      aria-label={t.preview}
      data-testid="resume-preview"
    >
      <header>
        <h2 className="text-2xl font-bold">{person.name}</h2>
        <p className="text-xs text-slate-500">{person.contact}</p>
      </header>
      {nothing && <p className="text-slate-400">{t.empty}</p>}
      {draft.autobiography.trim() &&
        section(
          t.autobiography,
          draft.autobiography.split(/\n\s*\n/).map((paragraph, i) => (
            <p key={i} className="whitespace-pre-line leading-relaxed">
              {paragraph.trim()}
            </p>
          )),
        )}
      {draft.education.length > 0 &&
        section(
          t.education,
          draft.education.map((e) => (
            <div key={e.key}>
              <div className="flex justify-between gap-4">
                <span className="min-w-0 font-semibold break-words">{e.school}</span>
                <span className="shrink-0 text-xs text-slate-500">{period(e.admission, e.graduation, e.studying, t.stillStudying)}</span>
              </div>
              {e.department && <p className="text-slate-600">{e.department}</p>}
            </div>
          )),
        )}
      {draft.work.length > 0 &&
        section(
          t.work,
          draft.work.map((w) => (
            <div key={w.key}>
              <div className="flex justify-between gap-4">
                <span className="font-semibold">{w.company}</span>
                <span className="shrink-0 text-xs text-slate-500">{period(w.start, w.end, w.employed, t.stillEmployed)}</span>
              </div>
              <p className="text-slate-600">{w.position}</p>
              {w.description && <p className="whitespace-pre-line text-slate-700">{w.description}</p>}
            </div>
          )),
        )}
      {draft.portfolio.length > 0 &&
        section(
          t.portfolio,
          draft.portfolio.map((p) => (
            <div key={p.key}>
              <p className="font-semibold">{p.title}</p>
              {p.description && <p className="text-slate-600">{p.description}</p>}
              {p.url && <p className="text-xs text-brand-600">{p.url}</p>}
            </div>
          )),
        )}
      {skills.length > 0 && section(t.skills, <p>{skills.join(' · ')}</p>)}
    </article>
  );
}

/** Edits the whole résumé: rows added, removed and reordered, a live preview, save, and the PDF once saved. */
export function ResumeEditor({
  t,
  person,
  initial,
}: {
  t: ResumeStrings;
  person: { name: string; contact: string };
  initial: SavedResume | null;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const [savedJson, setSavedJson] = useState<string | null>(() => (initial ? JSON.stringify(payloadOf(draftOf(initial))) : null));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');
  const [pending, start] = useTransition();
  const payload = useMemo(() => payloadOf(draft), [draft]);
  const dirty = savedJson !== JSON.stringify(payload);
  const update = (patch: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setStatus('idle');
  };
  const err = (path: string) => errors[path];

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <form
        className="space-y-6"
        data-testid="resume-form"
        onSubmit={(event) => {
          event.preventDefault();
          start(async () => {
            const result = await saveResumeAction(payload);
            if (result.ok) {
              setSavedJson(JSON.stringify(payload));
              setErrors({});
              setStatus('saved');
            } else {
              setErrors(result.fieldErrors ?? {});
              setStatus('failed');
            }
          });
        }}
      >
        <section className="card space-y-2">
          <label htmlFor="autobiography" className="block text-lg font-semibold">
            {t.autobiography}
          </label>
          <textarea
            id="autobiography"
            className="field min-h-40"
            maxLength={5000}
            value={draft.autobiography}
            aria-invalid={err('autobiography') ? true : undefined}
            onChange={(event) => update({ autobiography: event.target.value })}
          />
          <p className="text-xs text-slate-500">{t.autobiographyHint}</p>
          <Errors messages={err('autobiography')} />
        </section>

        <RowList
          title={t.education}
          rows={draft.education}
          t={t}
          onChange={(education) => update({ education })}
          blank={() => ({ key: key(), school: '', department: '', admission: '', graduation: '', studying: false })}
          render={(e, i, set) => (
            <>
              <div className="grid gap-3 sm:grid-cols-2">
                <Input label={t.school} value={e.school} onChange={(school) => set({ school })} errors={err(`education[${i}].school`)} />
                <Input
                  label={t.department}
                  value={e.department}
                  onChange={(department) => set({ department })}
                  errors={err(`education[${i}].department`)}
                />
                <Input
                  label={t.admissionDate}
                  type="month"
                  value={toMonth(e.admission)}
                  onChange={(month) => set({ admission: fromMonth(month, e.admission) })}
                  errors={err(`education[${i}].admission_date`)}
                />
                <Input
                  label={t.graduationDate}
                  type="month"
                  value={toMonth(e.graduation)}
                  disabled={e.studying}
                  onChange={(month) => set({ graduation: fromMonth(month, e.graduation) })}
                  errors={err(`education[${i}].date_of_graduation`)}
                />
              </div>
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" checked={e.studying} onChange={(event) => set({ studying: event.target.checked })} />
                {t.stillStudying}
              </label>
            </>
          )}
        />

        <RowList
          title={t.work}
          rows={draft.work}
          t={t}
          onChange={(work) => update({ work })}
          blank={() => ({ key: key(), company: '', position: '', start: '', end: '', employed: false, description: '' })}
          render={(w, i, set) => (
            <>
              <div className="grid gap-3 sm:grid-cols-2">
                <Input
                  label={t.company}
                  value={w.company}
                  onChange={(company) => set({ company })}
                  errors={err(`work_experience[${i}].company`)}
                />
                <Input
                  label={t.position}
                  value={w.position}
                  onChange={(position) => set({ position })}
                  errors={err(`work_experience[${i}].position`)}
                />
                <Input
                  label={t.startDate}
                  type="month"
                  value={toMonth(w.start)}
                  onChange={(month) => set({ start: fromMonth(month, w.start) })}
                  errors={err(`work_experience[${i}].start_work`)}
                />
                <Input
                  label={t.endDate}
                  type="month"
                  value={toMonth(w.end)}
                  disabled={w.employed}
                  onChange={(month) => set({ end: fromMonth(month, w.end) })}
                  errors={err(`work_experience[${i}].resign`)}
                />
              </div>
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" checked={w.employed} onChange={(event) => set({ employed: event.target.checked })} />
                {t.stillEmployed}
              </label>
              <Input
                label={t.workDescription}
                multiline
                placeholder={t.workDescriptionHint}
                value={w.description}
                onChange={(description) => set({ description })}
                errors={err(`work_experience[${i}].description`)}
              />
            </>
          )}
        />

        <RowList
          title={t.portfolio}
          rows={draft.portfolio}
          t={t}
          onChange={(portfolio) => update({ portfolio })}
          blank={() => ({ key: key(), title: '', description: '', url: '' })}
          render={(p, i, set) => (
            <>
              <Input label={t.portfolioTitle} value={p.title} onChange={(title) => set({ title })} errors={err(`portfolio[${i}].title`)} />
              <Input
                label={t.portfolioDescription}
                value={p.description}
                onChange={(description) => set({ description })}
                errors={err(`portfolio[${i}].description`)}
              />
              <Input label={t.portfolioUrl} type="url" value={p.url} onChange={(url) => set({ url })} errors={err(`portfolio[${i}].url`)} />
            </>
          )}
        />

        <section className="card space-y-2">
          <Input
            label={t.skills}
            value={draft.skills}
            onChange={(skills) => update({ skills })}
            errors={err('skill') ?? Object.entries(errors).find(([k]) => k.startsWith('skill['))?.[1]}
          />
          <p className="text-xs text-slate-500">{t.skillsHint}</p>
        </section>

        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className="btn" disabled={pending}>
            {pending ? t.saving : t.save}
          </button>
          {status === 'saved' && !dirty && (
            <span className="text-sm text-green-700" role="status">
              {t.saved}
            </span>
          )}
          {status === 'failed' && (
            <span className="text-sm text-red-600" role="alert">
              {t.formError}
            </span>
          )}
        </div>
      </form>

      <div className="space-y-3 lg:sticky lg:top-6 lg:self-start">
        <div className="flex items-center justify-between">
          <h2 className="text-lg font-semibold">{t.preview}</h2>
          {savedJson && !dirty ? (
            <a href="/resume/pdf" className="btn" download data-testid="resume-pdf">
              {t.downloadPdf}
            </a>
          ) : (
            <span className="text-xs text-slate-500">{savedJson ? t.saveBeforeDownload : ''}</span>
          )}
        </div>
        <Preview draft={draft} person={person} t={t} />
      </div>
    </div>
  );
}
