import { Star } from 'lucide-react';
import type { ExperienceStrings } from '@/lib/i18n/experiences';
import { fill } from '@/lib/i18n/fill';
import { difficultyLabel, resultLabel, type InterviewDifficulty, type InterviewResult } from './labels';

const RESULT_COLOURS: Record<InterviewResult, string> = {
  已錄取: 'bg-green-50 text-green-800 ring-green-200',
  未錄取: 'bg-rose-50 text-rose-800 ring-rose-200',
  等待中: 'bg-amber-50 text-amber-800 ring-amber-200',
};

const DIFFICULTY_COLOURS: Record<InterviewDifficulty, string> = {
  簡單: 'bg-sky-50 text-sky-800 ring-sky-200',
  中等: 'bg-violet-50 text-violet-800 ring-violet-200',
  困難: 'bg-red-50 text-red-800 ring-red-200',
};

const badge = 'inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset';

export function ResultBadge({ result, d }: { result: InterviewResult; d: ExperienceStrings }) {
  return (
    <span className={`${badge} ${RESULT_COLOURS[result]}`} data-testid="result-badge">
      {resultLabel(d, result)}
    </span>
  );
}

/** `named` prefixes the word 難度 where nothing else says what the badge is (a list item). */
export function DifficultyBadge({
  difficulty,
  d,
  named = true,
}: {
  difficulty: InterviewDifficulty;
  d: ExperienceStrings;
  named?: boolean;
}) {
  return (
    <span className={`${badge} ${DIFFICULTY_COLOURS[difficulty]}`} data-testid="difficulty-badge">
      {named && `${d.difficulty} · `}
      {difficultyLabel(d, difficulty)}
    </span>
  );
}

/** An evaluation of 1–5 as stars, read out as words. */
export function Stars({ value, d }: { value: number; d: ExperienceStrings }) {
  const label = fill(d.stars, { n: value });
  return (
    <span role="img" aria-label={label} title={label} className="inline-flex items-center">
      {[1, 2, 3, 4, 5].map((n) => (
        <Star key={n} className={`size-3.5 ${n <= value ? 'fill-amber-500 text-amber-500' : 'text-slate-300'}`} aria-hidden />
      ))}
    </span>
  );
}
