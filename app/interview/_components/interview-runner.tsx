'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { readCoachingStream } from '@/components/interview/coaching-stream';
import { FeedbackView } from '@/components/interview/feedback-view';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import type { InterviewStrings } from '@/lib/i18n/interview';
import { fill } from '@/lib/i18n/fill';
import type { PresentedAnswer, PresentedInterview } from '@/lib/interviews/present';
import { finishInterviewAction, saveAnswerAction } from '../actions';

type Lang = 'zh' | 'en';
type Mode = 'typed' | 'voice';
type Phase = 'ready' | 'answering' | 'review';
interface Draft {
  text: string;
  /** What speech recognition heard, apart from anything typed: the only text pace is measured on. */
  transcript: string;
  mode: Mode;
  startedAt: number;
}
interface Coach {
  status: 'idle' | 'streaming' | 'done' | 'unavailable';
  text: string;
  followUp: string | null;
}

const draftKey = (id: number, index: number) => `codemeet-interview-draft-${id}-${index}`;

function readDraft(id: number, index: number): Draft | null {
  try {
    const raw = window.localStorage.getItem(draftKey(id, index));
    const draft = raw ? (JSON.parse(raw) as Partial<Draft>) : null;
    if (!draft || typeof draft.text !== 'string' || typeof draft.startedAt !== 'number') return null;
    return {
      text: draft.text,
      transcript: typeof draft.transcript === 'string' ? draft.transcript : '',
      mode: draft.mode === 'voice' ? 'voice' : 'typed',
      startedAt: draft.startedAt,
    };
  } catch {
    return null;
  }
}

// The browser's speech recognition, where it has one (Chromium and Safari prefix it).
interface Recognition {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  onresult: ((event: { resultIndex: number; results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal: boolean }> }) => void) | null;
  onerror: (() => void) | null;
  start(): void;
  stop(): void;
}
function newRecognition(): Recognition | null {
  const scope = window as unknown as Record<string, (new () => Recognition) | undefined>;
  const Constructor = scope.SpeechRecognition ?? scope.webkitSpeechRecognition;
  return Constructor ? new Constructor() : null;
}

/** The audio type this browser's MediaRecorder writes that the server keeps. */
function recorderType(): string | undefined {
  return ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus', 'audio/mp4'].find((type) => MediaRecorder.isTypeSupported(type));
}

/**
 * The interview itself: one question at a time with its countdown, answered by typing or by
 * voice (recorded, transcribed where the browser can), saved as it is given. A draft lives in
 * localStorage until the answer is saved, so a reload or a crash resumes where it stopped.
 */
export function InterviewRunner({ interview, d, lang }: { interview: PresentedInterview; d: InterviewStrings; lang: Lang }) {
  const router = useRouter();
  const id = interview.interview_id;
  const limitMs = (interview.seconds_per_answer ?? 120) * 1000;
  const [answers, setAnswers] = useState<PresentedAnswer[]>(interview.questions);
  // Rendered in the browser only (interview-runner-client.tsx): a draft left by a reload or a
  // crash is read once, and the question picks up where it stopped, countdown included.
  const [initial] = useState(() => {
    const open = interview.questions.findIndex((a) => a.answer === null);
    const first = open === -1 ? interview.questions.length : open;
    return { index: first, draft: open === -1 ? null : readDraft(id, first), at: Date.now() };
  });
  const [index, setIndex] = useState<number>(initial.index);
  const [phase, setPhase] = useState<Phase>(initial.draft ? 'answering' : 'ready');
  const [text, setText] = useState(initial.draft?.text ?? '');
  const [transcript, setTranscript] = useState(initial.draft?.transcript ?? '');
  const [mode, setMode] = useState<Mode>(initial.draft?.mode ?? 'typed');
  const [startedAt, setStartedAt] = useState(initial.draft?.startedAt ?? 0);
  const [now, setNow] = useState(initial.draft ? initial.at : 0);
  const [restored, setRestored] = useState(initial.draft !== null);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const [finishing, setFinishing] = useState(false);
  const [keep, setKeep] = useState(true);
  const [recordState, setRecordState] = useState<'idle' | 'recording' | 'done'>('idle');
  const [recordMs, setRecordMs] = useState(0);
  const [micError, setMicError] = useState(false);
  const [noRecognition, setNoRecognition] = useState(false);
  const [interim, setInterim] = useState('');
  const [coach, setCoach] = useState<Coach>({ status: 'idle', text: '', followUp: null });
  const recorder = useRef<{
    media: MediaRecorder;
    stream: MediaStream;
    chunks: Blob[];
    started: number;
    recognition: Recognition | null;
  } | null>(null);
  const recording = useRef<{ blob: Blob; ms: number } | null>(null);
  const submitted = useRef(false);
  // Recordings still uploading: the interview ends only after them (an ended interview takes no recording).
  const uploads = useRef<Promise<void>[]>([]);

  const question = answers[index];

  useEffect(() => {
    if (phase !== 'answering') return;
    window.localStorage.setItem(draftKey(id, index), JSON.stringify({ text, transcript, mode, startedAt } satisfies Draft));
  }, [id, index, phase, text, transcript, mode, startedAt]);

  useEffect(() => {
    if (phase !== 'answering') return;
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, [phase]);

  const stopRecording = useCallback(async (): Promise<void> => {
    const active = recorder.current;
    if (!active) return;
    recorder.current = null;
    active.recognition?.stop();
    await new Promise<void>((resolve) => {
      active.media.onstop = () => resolve();
      if (active.media.state === 'inactive') resolve();
      else active.media.stop();
    });
    active.stream.getTracks().forEach((track) => track.stop());
    const ms = Date.now() - active.started;
    recording.current = { blob: new Blob(active.chunks, { type: active.media.mimeType || 'audio/webm' }), ms };
    setRecordMs(ms);
    setRecordState('done');
    setInterim('');
  }, []);

  async function startRecording() {
    setMicError(false);
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      const type = recorderType();
      const media = new MediaRecorder(stream, { ...(type ? { mimeType: type } : {}), audioBitsPerSecond: 32_000 });
      const chunks: Blob[] = [];
      media.ondataavailable = (event) => {
        if (event.data.size > 0) chunks.push(event.data);
      };
      const recognition = newRecognition();
      if (recognition) {
        recognition.lang = interview.language === 'zh' ? 'zh-TW' : 'en-US';
        recognition.continuous = true;
        recognition.interimResults = true;
        recognition.onresult = (event) => {
          let pending = '';
          for (let i = event.resultIndex; i < event.results.length; i++) {
            const result = event.results[i]!;
            if (result.isFinal) {
              const heard = result[0]!.transcript;
              setText((previous) => previous + heard);
              setTranscript((previous) => previous + heard);
            } else pending += result[0]!.transcript;
          }
          setInterim(pending);
        };
        recognition.onerror = () => setNoRecognition(true);
        try {
          recognition.start();
        } catch {
          setNoRecognition(true);
        }
      } else {
        setNoRecognition(true);
      }
      media.start(1000);
      // A new take: its length is what the next transcript is timed against.
      setTranscript('');
      recorder.current = { media, stream, chunks, started: Date.now(), recognition };
      recording.current = null;
      setRecordState('recording');
    } catch {
      setMicError(true);
      setMode('typed');
    }
  }

  function begin() {
    const at = Date.now();
    setStartedAt(at);
    setNow(at);
    setText('');
    setTranscript('');
    setRestored(false);
    setPhase('answering');
    submitted.current = false;
  }

  async function uploadRecording(position: number, blob: Blob) {
    const form = new FormData();
    form.append('recording', blob, 'answer');
    const response = await fetch(`/api/interviews/${id}/answers/${position}/recording`, { method: 'PUT', body: form });
    if (!response.ok) return;
    const { recording_url: url } = (await response.json()) as { recording_url: string };
    setAnswers((list) => list.map((a) => (a.index === position ? { ...a, recording_url: url } : a)));
  }

  function coachFor(position: number) {
    setCoach({ status: 'streaming', text: '', followUp: null });
    readCoachingStream(`/api/interviews/${id}/answers/${position}/coaching`, (event, data) => {
      if (event === 'delta') setCoach((c) => ({ ...c, text: c.text + (data as { text: string }).text }));
      if (event === 'done') {
        const { coach: done } = data as { coach: { feedback: string; followUp: string | null } };
        setCoach({ status: 'done', text: done.feedback, followUp: done.followUp });
      }
      if (event === 'fallback') {
        const { reason } = data as { reason: string };
        setCoach((c) => ({ ...c, status: reason === 'not_configured' ? 'idle' : 'unavailable' }));
      }
      if (event === 'error') setCoach((c) => ({ ...c, status: 'unavailable' }));
    }).catch(() => setCoach((c) => ({ ...c, status: 'unavailable' })));
  }

  const submit = useCallback(async () => {
    if (submitted.current || !question) return;
    submitted.current = true;
    setSaving(true);
    setFailed(false);
    await stopRecording();
    const spoken = mode === 'voice' ? recording.current : null;
    const duration = spoken ? spoken.ms : Math.min(Date.now() - startedAt, limitMs);
    const result = await saveAnswerAction({
      id: String(id),
      index: String(index),
      answer: {
        answer: text,
        mode: spoken ? 'voice' : 'typed',
        duration_ms: duration,
        transcript: spoken && transcript.trim() ? transcript : null,
      },
    }).catch(() => null);
    setSaving(false);
    if (!result?.ok) {
      submitted.current = false;
      setFailed(true);
      return;
    }
    window.localStorage.removeItem(draftKey(id, index));
    setAnswers((list) => list.map((a) => (a.index === index ? result.data : a)));
    setPhase('review');
    if (spoken && keep) uploads.current.push(uploadRecording(index, spoken.blob).catch(() => undefined));
    coachFor(index);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the handlers above read the latest state through this render
  }, [question, mode, text, transcript, startedAt, limitMs, id, index, keep, stopRecording]);

  const remainingMs = phase === 'answering' ? Math.max(0, limitMs - (now - startedAt)) : limitMs;
  useEffect(() => {
    if (phase === 'answering' && now > 0 && remainingMs === 0 && !submitted.current) void submit();
  }, [phase, now, remainingMs, submit]);

  // The last open question's button ends the interview instead of moving on.
  const isLast = answers.every((a) => a.index === index || a.answer !== null);
  const answeredCount = answers.filter((a) => a.answer !== null).length;

  function next() {
    const following = answers.findIndex((a, i) => i > index && a.answer === null);
    const anyOpen = answers.findIndex((a) => a.answer === null);
    setIndex(following !== -1 ? following : anyOpen !== -1 ? anyOpen : answers.length);
    setPhase('ready');
    setRecordState('idle');
    recording.current = null;
    setCoach({ status: 'idle', text: '', followUp: null });
  }

  async function finish() {
    setFinishing(true);
    await stopRecording();
    await Promise.all(uploads.current);
    const result = await finishInterviewAction({ id: String(id) }).catch(() => null);
    if (result?.ok) router.push(`/interview/records/${id}`);
    else setFinishing(false);
  }

  const seconds = Math.ceil(remainingMs / 1000);
  const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-semibold">{interview.position}</h1>
        {question && (
          <ConfirmDialog
            trigger={
              <button type="button" className="btn-secondary" disabled={finishing} data-testid="finish-early">
                {finishing ? d.finishing : d.finishEarly}
              </button>
            }
            title={d.confirmFinishTitle}
            description={fill(d.confirmFinishBody, { answered: answeredCount, left: answers.length - answeredCount })}
            confirmLabel={d.confirmFinishAction}
            cancelLabel={d.keepAnswering}
            onConfirm={() => void finish()}
          />
        )}
      </div>
      <ol className="flex gap-1" aria-label={d.progress} data-testid="progress">
        {answers.map((a) => {
          const current = a.index === index;
          const label = fill(current ? d.stepCurrent : a.answer !== null ? d.stepDone : d.stepPending, { n: a.index + 1 });
          return (
            <li
              key={a.index}
              aria-current={current ? 'step' : undefined}
              title={label}
              className={`h-2 flex-1 rounded-full ${
                current
                  ? 'bg-brand-500 ring-2 ring-brand-100 ring-offset-1 dark:ring-brand-700 dark:ring-offset-slate-900'
                  : a.answer !== null
                    ? 'bg-brand-600'
                    : 'bg-slate-200 dark:bg-slate-700'
              }`}
              data-testid="progress-step"
            >
              <span className="sr-only">{label}</span>
            </li>
          );
        })}
      </ol>

      {!question ? (
        <div className="card space-y-3" data-testid="all-answered">
          <p>{d.allAnswered}</p>
          <button type="button" className="btn" onClick={finish} disabled={finishing} data-testid="finish">
            {finishing ? d.finishing : d.finish}
          </button>
        </div>
      ) : (
        <div className="card space-y-4">
          <p className="text-sm text-slate-500">{fill(d.questionOf, { n: index + 1, total: answers.length })}</p>
          <h2 className="text-lg font-semibold" data-testid="question">
            {question.question}
          </h2>
          {question.reason && (
            <p className="text-xs text-slate-500" data-testid="question-reason">
              {d.whyChosen}：{question.reason[lang]}
            </p>
          )}

          {phase === 'ready' && (
            <button type="button" className="btn" onClick={begin} data-testid="begin-answer">
              {d.beginAnswer}
            </button>
          )}

          {phase === 'answering' && (
            <div className="space-y-3">
              {restored && <p className="text-sm text-emerald-700">{d.draftRestored}</p>}
              <div className="flex items-center justify-between">
                <div className="flex gap-2" role="tablist">
                  {(['typed', 'voice'] as const).map((m) => (
                    <button
                      key={m}
                      type="button"
                      role="tab"
                      aria-selected={mode === m}
                      disabled={recordState === 'recording'}
                      className={mode === m ? 'btn' : 'btn-secondary'}
                      onClick={() => setMode(m)}
                      data-testid={`mode-${m}`}
                    >
                      {m === 'typed' ? d.modeTyped : d.modeVoice}
                    </button>
                  ))}
                </div>
                <p
                  className={`font-mono text-lg ${seconds <= 10 ? 'text-red-600' : 'text-slate-700'}`}
                  aria-label={d.timeLeft}
                  data-testid="countdown"
                >
                  {remainingMs === 0 ? d.timeUp : clock}
                </p>
              </div>
              {mode === 'voice' && (
                <div className="space-y-2 rounded border border-slate-200 p-3">
                  <div className="flex flex-wrap items-center gap-3">
                    {recordState === 'recording' ? (
                      <button type="button" className="btn" onClick={() => void stopRecording()} data-testid="stop-recording">
                        {d.stopRecording}
                      </button>
                    ) : (
                      <button type="button" className="btn" onClick={() => void startRecording()} data-testid="start-recording">
                        {d.startRecording}
                      </button>
                    )}
                    <span className="text-sm text-slate-600" data-testid="record-state">
                      {recordState === 'recording'
                        ? d.recording
                        : recordState === 'done'
                          ? fill(d.recorded, { seconds: Math.round(recordMs / 1000) })
                          : ''}
                    </span>
                    <label className="ml-auto flex items-center gap-1 text-sm">
                      <input type="checkbox" checked={keep} onChange={(e) => setKeep(e.target.checked)} data-testid="keep-recording" />
                      {d.keepRecording}
                    </label>
                  </div>
                  {micError && <p className="text-sm text-red-600">{d.noMicrophone}</p>}
                  {noRecognition && recordState !== 'idle' && <p className="text-sm text-amber-700">{d.noSpeechRecognition}</p>}
                </div>
              )}
              <textarea
                className="field min-h-40"
                value={text + (interim ? ` ${interim}` : '')}
                onChange={(e) => setText(e.target.value)}
                placeholder={mode === 'voice' ? d.transcriptPlaceholder : d.answerPlaceholder}
                maxLength={10_000}
                aria-label={mode === 'voice' ? d.transcriptPlaceholder : d.answerPlaceholder}
                data-testid="answer"
              />
              {failed && (
                <p className="text-sm text-red-600" role="alert">
                  {d.saveFailed}
                </p>
              )}
              <button type="button" className="btn" onClick={() => void submit()} disabled={saving} data-testid="submit-answer">
                {saving ? d.saving : failed ? d.retry : d.submitAnswer}
              </button>
            </div>
          )}

          {phase === 'review' && question.feedback && (
            <div className="space-y-4">
              <FeedbackView feedback={question.feedback} d={d} lang={lang} />
              {question.recording_url && (
                <div className="text-sm">
                  <p className="font-medium">{d.playRecording}</p>
                  <audio controls src={question.recording_url} data-testid="recording-player" />
                </div>
              )}
              {coach.status !== 'idle' && (
                <div className="rounded border border-indigo-200 bg-indigo-50 p-3 text-sm" data-testid="coach">
                  <p className="font-medium">{coach.status === 'streaming' ? d.coachWriting : d.coach}</p>
                  <p className="whitespace-pre-wrap text-slate-800">{coach.text}</p>
                  {coach.followUp && (
                    <p className="mt-2" data-testid="coach-follow-up">
                      <span className="font-medium">{d.followUp}：</span>
                      {coach.followUp}
                    </p>
                  )}
                  {coach.status === 'unavailable' && <p className="text-slate-500">{d.coachUnavailable}</p>}
                </div>
              )}
              {isLast ? (
                <button type="button" className="btn" onClick={() => void finish()} disabled={finishing} data-testid="finish">
                  {finishing ? d.finishing : d.finishLast}
                </button>
              ) : (
                <button type="button" className="btn" onClick={next} data-testid="next-question">
                  {d.next}
                </button>
              )}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
