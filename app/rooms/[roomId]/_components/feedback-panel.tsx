'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Star } from 'lucide-react';
import { fill } from '@/lib/i18n/fill';
import { errorText, type RoomStrings } from '@/lib/i18n/rooms';
import { feedbackRoomAction } from '../actions';

export interface FeedbackView {
  rating: number;
  comment: string;
  strengths: string[];
  improvements: string[];
}

export interface FeedbackState {
  given: FeedbackView | null;
  /** Only once the viewer gave theirs. */
  received: FeedbackView | null;
  partnerGave: boolean;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

function Shown({ title, view, d, testId }: { title: string; view: FeedbackView; d: RoomStrings; testId: string }) {
  return (
    <div className="space-y-1 text-sm" data-testid={testId}>
      <h3 className="font-semibold">{title}</h3>
      <p>
        {d.rating}：
        <span className="ml-1 inline-flex align-middle" role="img" aria-label={`${view.rating}／5`}>
          {[1, 2, 3, 4, 5].map((n) => (
            <Star key={n} className={`size-4 ${n <= view.rating ? 'fill-amber-400 text-amber-500' : 'text-slate-300'}`} aria-hidden />
          ))}
        </span>
      </p>
      {view.comment && <p className="whitespace-pre-wrap">{view.comment}</p>}
      {view.strengths.length > 0 && (
        <p>
          {d.strengths}：{view.strengths.join('、')}
        </p>
      )}
      {view.improvements.length > 0 && (
        <p>
          {d.improvements}：{view.improvements.join('、')}
        </p>
      )}
    </div>
  );
}

/** The overall rating the contract keeps: the criteria's mean, rounded, once each is rated. */
const overallOf = (scores: Record<string, number>, criteria: Array<{ id: string }>) => {
  const given = criteria.map((c) => scores[c.id] ?? 0);
  if (given.some((n) => n === 0)) return 0;
  return Math.min(5, Math.max(1, Math.round(given.reduce((a, b) => a + b, 0) / given.length)));
};

/**
 * Two-way feedback: each side gives theirs, then sees the other's. The interviewer rates the
 * interviewee on the rubric's criteria; the overall rating (what is stored) is their mean, which
 * the interviewer may still change.
 */
export function FeedbackPanel({
  roomId,
  partner,
  state,
  criteria,
  d,
}: {
  roomId: string;
  partner: { userId: string; displayName: string };
  state: FeedbackState;
  /** The rubric's criteria, for the interviewer; none for the interviewee. */
  criteria: Array<{ id: string; name: string }>;
  d: RoomStrings;
}) {
  const router = useRouter();
  const [rating, setRating] = useState(0);
  const [scores, setScores] = useState<Record<string, number>>({});
  const [comment, setComment] = useState('');
  const [strengths, setStrengths] = useState('');
  const [improvements, setImprovements] = useState('');
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  if (state.given) {
    return (
      <div className="grid gap-3 md:grid-cols-2" data-testid="feedback">
        <Shown title={d.yourFeedback} view={state.given} d={d} testId="feedback-given" />
        {state.received ? (
          <Shown title={d.partnerFeedback} view={state.received} d={d} testId="feedback-received" />
        ) : (
          <p className="text-sm text-slate-600">{d.partnerFeedbackPending}</p>
        )}
      </div>
    );
  }

  const send = () =>
    startTransition(async () => {
      setFailure(null);
      const result = await feedbackRoomAction({
        roomId,
        targetUserId: partner.userId,
        rating,
        comment,
        strengths: lines(strengths),
        improvements: lines(improvements),
      });
      if (result.ok) router.refresh();
      else {
        setFailure(errorText(result.error, d));
        setErrors(result.fieldErrors ?? {});
      }
    });

  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
      data-testid="feedback-form"
    >
      <h2 className="font-semibold">{fill(d.feedbackFor, { name: partner.displayName })}</h2>
      {criteria.length > 0 && (
        <fieldset className="space-y-1 text-sm" data-testid="feedback-criteria">
          <legend className="font-medium">{d.criteria}</legend>
          {criteria.map((c) => (
            <div key={c.id} className="flex flex-wrap items-center gap-2">
              <span className="w-28 shrink-0">{c.name}</span>
              {[1, 2, 3, 4, 5].map((n) => (
                <label key={n} className="flex items-center gap-0.5">
                  <input
                    type="radio"
                    name={`criterion-${c.id}`}
                    value={n}
                    checked={scores[c.id] === n}
                    onChange={() => {
                      const next = { ...scores, [c.id]: n };
                      setScores(next);
                      const overall = overallOf(next, criteria);
                      if (overall) setRating(overall);
                    }}
                    data-testid={`criterion-${c.id}-${n}`}
                  />
                  {n}
                </label>
              ))}
            </div>
          ))}
        </fieldset>
      )}
      <fieldset className="flex flex-wrap items-center gap-2 text-sm">
        <legend className="sr-only">{criteria.length > 0 ? d.overall : d.rating}</legend>
        {criteria.length > 0 ? d.overall : d.rating}
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className="flex items-center gap-0.5">
            <input type="radio" name="rating" value={n} checked={rating === n} onChange={() => setRating(n)} data-testid={`rating-${n}`} />
            {n}
          </label>
        ))}
      </fieldset>
      {errors.rating && <p className="text-sm text-red-600">{errors.rating.join(' ')}</p>}
      <label className="block text-sm">
        {d.comment}
        <textarea
          className="field min-h-16"
          value={comment}
          maxLength={2000}
          onChange={(e) => setComment(e.target.value)}
          data-testid="feedback-comment"
        />
      </label>
      <div className="grid gap-2 md:grid-cols-2">
        <label className="block text-sm">
          {d.strengths}（{d.listHint}）
          <textarea
            className="field min-h-16"
            value={strengths}
            onChange={(e) => setStrengths(e.target.value)}
            data-testid="feedback-strengths"
          />
        </label>
        <label className="block text-sm">
          {d.improvements}（{d.listHint}）
          <textarea
            className="field min-h-16"
            value={improvements}
            onChange={(e) => setImprovements(e.target.value)}
            data-testid="feedback-improvements"
          />
        </label>
      </div>
      {failure && (
        <p className="text-sm text-red-600" role="alert">
          {failure}
        </p>
      )}
      <button type="submit" className="btn" disabled={pending || rating === 0} data-testid="feedback-send">
        {pending ? d.sending : d.giveFeedback}
      </button>
      <p className="text-xs text-slate-500">{state.partnerGave ? d.partnerFeedbackHidden : d.partnerFeedbackPending}</p>
    </form>
  );
}
