'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { fill } from '@/lib/i18n/fill';
import type { RoomStrings } from '@/lib/i18n/rooms';
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
        {d.rating}: <span aria-label={`${view.rating}/5`}>{'★'.repeat(view.rating) + '☆'.repeat(5 - view.rating)}</span>
      </p>
      {view.comment && <p className="whitespace-pre-wrap">{view.comment}</p>}
      {view.strengths.length > 0 && (
        <p>
          {d.strengths}: {view.strengths.join('、')}
        </p>
      )}
      {view.improvements.length > 0 && (
        <p>
          {d.improvements}: {view.improvements.join('、')}
        </p>
      )}
    </div>
  );
}

/** Two-way feedback: each side gives theirs, then sees the other's. */
export function FeedbackPanel({
  roomId,
  partner,
  state,
  d,
}: {
  roomId: string;
  partner: { userId: string; displayName: string };
  state: FeedbackState;
  d: RoomStrings;
}) {
  const router = useRouter();
  const [rating, setRating] = useState(0);
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
        setFailure(result.error);
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
      <fieldset className="flex items-center gap-2 text-sm">
        <legend className="sr-only">{d.rating}</legend>
        {d.rating}
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
