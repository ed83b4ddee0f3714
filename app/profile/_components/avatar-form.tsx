'use client';

import { ImageUp, Upload } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { toast } from 'sonner';
import { fill } from '@/lib/i18n/fill';
import type { Messages } from '@/lib/i18n/messages';
import { uploadAvatarAction } from '../actions';

const AVATAR_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

/**
 * The avatar and its upload. Size and type are checked here before anything is sent: a body over
 * the server action's limit never reaches the action, and Next answers it with a crash page.
 */
export function AvatarForm({ t, avatarUrl, name, maxBytes }: { t: Messages; avatarUrl: string | null; name: string; maxBytes: number }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const mb = Math.round((maxBytes / (1024 * 1024)) * 10) / 10;
  const tooLarge = fill(t.avatarTooLarge, { mb });

  /** What is wrong with the chosen file, or null when it may be sent. */
  const problemOf = (file: File | null | undefined): string | null => {
    if (!file) return null;
    if (file.size > maxBytes) return tooLarge;
    return AVATAR_TYPES.includes(file.type) ? null : t.avatarBadType;
  };

  return (
    <div className="flex min-w-0 flex-col gap-4 sm:flex-row sm:items-center sm:gap-5">
      {avatarUrl ? (
        // eslint-disable-next-line @next/next/no-img-element -- user uploads are served as-is by our own route
        <img src={avatarUrl} alt={t.avatar} className="h-20 w-20 shrink-0 rounded-full object-cover" data-testid="avatar-image" />
      ) : (
        <div className="flex h-20 w-20 shrink-0 items-center justify-center rounded-full bg-brand-100 text-2xl font-semibold text-brand-700">
          {name.slice(0, 1)}
        </div>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const file = form.get('avatar');
          const chosen = file instanceof File && file.size > 0 ? file : null;
          const problem = chosen ? problemOf(chosen) : t.noFileChosen;
          setError(problem);
          if (problem) return;
          start(async () => {
            // A body the server refuses before the action runs rejects the call: it is the size.
            const result = await uploadAvatarAction(form).catch(() => null);
            if (result?.ok) {
              setError(null);
              toast.success(t.avatarSaved);
              router.refresh();
              return;
            }
            const code = result && !result.ok ? result.error : 'PAYLOAD_TOO_LARGE';
            setError(code === 'PAYLOAD_TOO_LARGE' ? tooLarge : code === 'UNSUPPORTED_MEDIA_TYPE' ? t.avatarBadType : t.formError);
          });
        }}
        className="min-w-0 flex-1 space-y-2"
        data-testid="avatar-form"
      >
        <label className="block text-sm font-medium text-slate-700" htmlFor="avatar-file">
          {t.uploadAvatar}
        </label>
        <div className="flex flex-wrap items-center gap-2">
          {/* The browser's own file button speaks its language, not the page's: a label of ours opens it. */}
          <input
            id="avatar-file"
            name="avatar"
            type="file"
            accept={AVATAR_TYPES.join(',')}
            aria-describedby="avatar-hint"
            className="peer sr-only"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              setFileName(file?.name ?? null);
              setError(problemOf(file));
            }}
          />
          <label
            htmlFor="avatar-file"
            className="btn-secondary cursor-pointer gap-1 peer-focus-visible:ring-2 peer-focus-visible:ring-brand-500"
          >
            <ImageUp className="size-4" aria-hidden />
            {t.chooseImage}
          </label>
          <span className="min-w-0 flex-1 truncate text-sm text-slate-600" data-testid="avatar-file-name">
            {fileName ?? t.noFileChosen}
          </span>
          <button type="submit" className="btn-secondary gap-1" disabled={pending} data-testid="avatar-save">
            <Upload className="size-4" aria-hidden />
            {t.save}
          </button>
        </div>
        <p id="avatar-hint" className="text-xs text-slate-500">
          {fill(t.avatarHint, { mb })}
        </p>
        {error && (
          <p className="text-sm text-red-600" role="alert" data-testid="avatar-error">
            {error}
          </p>
        )}
      </form>
    </div>
  );
}
