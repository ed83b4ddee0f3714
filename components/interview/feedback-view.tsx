import type { AnswerFeedback, ScoreFactor } from '@/lib/interviews/analyzer';
import type { InterviewStrings } from '@/lib/i18n/interview';
import { fill } from '@/lib/i18n/fill';

type Lang = 'zh' | 'en';

const FACTOR_LABEL: Record<ScoreFactor['key'], (d: InterviewStrings) => string> = {
  coverage: (d) => d.factorCoverage,
  length: (d) => d.factorLength,
  star: (d) => d.factorStar,
  fluency: (d) => d.factorFluency,
};

function Fact({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <div className="rounded border border-slate-200 px-3 py-2" data-testid={testId}>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="text-sm font-medium text-slate-800">{children}</dd>
    </div>
  );
}

/** The built-in analyzer's feedback on one answer: figures first, then what to cover and improve. */
export function FeedbackView({ feedback, d, lang }: { feedback: AnswerFeedback; d: InterviewStrings; lang: Lang }) {
  const verdict = { short: d.lengthShort, ok: d.lengthOk, long: d.lengthLong, empty: d.lengthEmpty }[feedback.length.verdict];
  const unit = feedback.length.unit === 'chars' ? d.chars : d.words;
  const star = feedback.star;
  return (
    <div className="space-y-3" data-testid="feedback">
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        <Fact label={d.score} testId="feedback-score">
          {fill(d.scoreOf, { n: feedback.score })}
        </Fact>
        <Fact label={d.duration}>
          {feedback.durationSeconds === null ? '—' : fill(d.seconds, { n: Math.round(feedback.durationSeconds) })}
        </Fact>
        <Fact label={d.speechRate} testId="feedback-rate">
          {feedback.speechRate ? (
            fill(feedback.speechRate.unit === 'cpm' ? d.cpm : d.wpm, { n: feedback.speechRate.value })
          ) : (
            <span title={d.rateUnknownHint}>{d.rateUnknown}</span>
          )}
        </Fact>
        <Fact label={d.length} testId="feedback-length">
          {feedback.length.count} {unit} · {verdict}
          <span className="block text-xs font-normal text-slate-500">
            {fill(d.recommended, { min: feedback.length.recommended[0], max: feedback.length.recommended[1], unit })}
          </span>
        </Fact>
      </dl>
      {feedback.factors && feedback.factors.length > 0 && (
        <div className="text-sm" data-testid="feedback-factors">
          <p className="font-medium">{d.scoreFactors}</p>
          <ul className="mt-1 flex flex-wrap gap-2">
            {feedback.factors.map((factor) => (
              <li
                key={factor.key}
                className="rounded border border-slate-200 px-2 py-0.5 text-slate-700"
                data-testid={`factor-${factor.key}`}
              >
                {FACTOR_LABEL[factor.key](d)} {fill(d.factorPoints, { points: factor.points, max: factor.max })}
              </li>
            ))}
          </ul>
          <p className="mt-1 text-xs text-slate-500">{feedback.speechRate ? d.paceNotScored : d.rateUnknownHint}</p>
        </div>
      )}
      <div className="text-sm" data-testid="feedback-fillers">
        <span className="font-medium">{d.fillers}：</span>
        {feedback.fillers.total === 0 ? d.noFillers : feedback.fillers.words.map((w) => `「${w.word}」×${w.count}`).join('、')}
      </div>
      {(feedback.coverage.covered.length > 0 || feedback.coverage.missed.length > 0) && (
        <div className="grid gap-2 text-sm sm:grid-cols-2" data-testid="feedback-coverage">
          <div>
            <p className="font-medium text-emerald-700">
              {d.covered}（{Math.round(feedback.coverage.ratio * 100)}%）
            </p>
            <ul className="list-inside list-disc text-slate-700">
              {feedback.coverage.covered.map((p) => (
                <li key={p.en}>{p[lang]}</li>
              ))}
            </ul>
          </div>
          <div>
            <p className="font-medium text-amber-700">{d.missed}</p>
            <ul className="list-inside list-disc text-slate-700">
              {feedback.coverage.missed.map((p) => (
                <li key={p.en}>{p[lang]}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {star && (
        <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="feedback-star">
          <span className="font-medium">{d.star}</span>
          {(
            [
              ['situation', d.starSituation],
              ['task', d.starTask],
              ['action', d.starAction],
              ['result', d.starResult],
            ] as const
          ).map(([key, label]) => (
            <span
              key={key}
              className={`rounded px-2 py-0.5 text-xs ${star[key] ? 'bg-emerald-100 text-emerald-800' : 'bg-slate-100 text-slate-500 line-through'}`}
            >
              {label}
            </span>
          ))}
        </div>
      )}
      {feedback.tips.length > 0 && (
        <div className="text-sm" data-testid="feedback-tips">
          <p className="font-medium">{d.tips}</p>
          <ul className="list-inside list-disc text-slate-700">
            {feedback.tips.map((tip) => (
              <li key={tip.en}>{tip[lang]}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
