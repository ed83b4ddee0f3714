'use client';

import Link from 'next/link';
import { useState, useTransition } from 'react';
import { Field } from '@/components/field';
import type { FieldErrors } from '@/lib/errors';
import type { CommunityStrings } from '@/lib/i18n/community';
import { fill } from '@/lib/i18n/fill';
import type { ForumStrings } from '@/lib/i18n/forum';
import { createDiscussionAction, updateDiscussionAction } from '../actions';
import { splitTags } from './tags';

const MAX_TAGS = 5;

export interface DiscussionValues {
  title: string;
  content: string;
  tags: string[];
}

/** The tag list's messages, whether the schema named the list ("tags") or one of its labels ("tags[2]"). */
const tagErrors = (errors: FieldErrors) =>
  Object.entries(errors)
    .filter(([key]) => key === 'tags' || key.startsWith('tags['))
    .flatMap(([, messages]) => messages);

/** Writes a new discussion, or edits one (`id`); the action redirects to the post when it is saved. */
export function DiscussionForm({ id, initial, t, c }: { id?: number; initial: DiscussionValues; t: ForumStrings; c: CommunityStrings }) {
  const [pending, start] = useTransition();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [tagLine, setTagLine] = useState(initial.tags.join(', '));
  const tags = splitTags(tagLine);
  const tooManyTags = tags.length > MAX_TAGS;
  const tagMessages = tooManyTags ? [t.tooManyTags] : tagErrors(errors);

  return (
    <form
      className="space-y-5"
      data-testid="discussion-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (tooManyTags) return;
        const form = new FormData(event.currentTarget);
        const input = { title: form.get('title'), content: form.get('content'), tags };
        start(async () => {
          // On success the action redirects to the post; a result means it was refused.
          const result = id === undefined ? await createDiscussionAction(input) : await updateDiscussionAction({ ...input, id });
          if (result.ok) return;
          setErrors(result.fieldErrors ?? {});
          setFailure(
            result.error === 'VALIDATION_ERROR'
              ? t.formError
              : result.error === 'RATE_LIMIT_EXCEEDED'
                ? t.rateLimited
                : result.error === 'UNAUTHORIZED'
                  ? t.signedOut
                  : result.error === 'FORBIDDEN' || result.error === 'NOT_FOUND'
                    ? t.notYours
                    : c.failed,
          );
        });
      }}
    >
      {failure && (
        <p className="rounded-md bg-red-50 p-3 text-sm text-red-700" role="alert">
          {failure}
        </p>
      )}
      <Field
        label={t.fieldTitle}
        name="title"
        defaultValue={initial.title}
        placeholder={t.titlePlaceholder}
        maxLength={100}
        required
        errors={errors.title}
      />
      <div className="space-y-1">
        <label htmlFor="field-content" className="block text-sm font-medium text-slate-700">
          {t.fieldContent}
        </label>
        <textarea
          id="field-content"
          name="content"
          className="field min-h-64 font-mono"
          defaultValue={initial.content}
          placeholder={t.contentPlaceholder}
          maxLength={20_000}
          required
          aria-invalid={errors.content?.length ? true : undefined}
          aria-describedby="content-hint"
        />
        <p id="content-hint" className="text-xs text-slate-500">
          {c.markdownHint}
        </p>
        {errors.content?.map((message) => (
          <p key={message} className="text-xs text-red-600" role="alert">
            {message}
          </p>
        ))}
      </div>
      <div className="space-y-1">
        <label htmlFor="field-tags" className="block text-sm font-medium text-slate-700">
          {t.fieldTags}
        </label>
        <input
          id="field-tags"
          name="tags"
          className="field"
          value={tagLine}
          placeholder={t.tagsPlaceholder}
          aria-invalid={tagMessages.length ? true : undefined}
          aria-describedby="tags-hint"
          onChange={(event) => setTagLine(event.target.value)}
        />
        <div id="tags-hint" className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
          <span>{t.tagsHint}</span>
          <span className={tooManyTags ? 'text-red-600' : undefined}>{fill(t.tagsCount, { n: tags.length })}</span>
          {tags.map((tag) => (
            <span key={tag} className="rounded-full bg-brand-50 px-2 py-0.5 text-brand-700">
              #{tag}
            </span>
          ))}
        </div>
        {tagMessages.map((message) => (
          <p key={message} className="text-xs text-red-600" role="alert">
            {message}
          </p>
        ))}
      </div>
      <div className="flex items-center gap-3">
        <button type="submit" className="btn" disabled={pending || tooManyTags}>
          {id === undefined ? t.publish : t.saveChanges}
        </button>
        <Link href={id === undefined ? '/forum' : `/forum/${id}`} className="btn-secondary">
          {c.cancel}
        </Link>
      </div>
    </form>
  );
}
