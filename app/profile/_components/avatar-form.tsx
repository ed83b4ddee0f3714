'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { Messages } from '@/lib/i18n/messages';
import { uploadAvatarAction } from '../actions';

const ERRORS: Record<string, string> = {
  PAYLOAD_TOO_LARGE: '檔案過大 / File too large',
  UNSUPPORTED_MEDIA_TYPE: '檔案格式不支援 / Unsupported image type',
};

export function AvatarForm({ t, avatarUrl, name }: { t: Messages; avatarUrl: string | null; name: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);

  return (
    <div className="flex items-center gap-5">
      {avatarUrl ? (
        // eslint-disable-next-line @next/next/no-img-element -- user uploads are served as-is by our own route
        <img src={avatarUrl} alt={t.avatar} className="h-20 w-20 rounded-full object-cover" data-testid="avatar-image" />
      ) : (
        <div className="flex h-20 w-20 items-center justify-center rounded-full bg-brand-100 text-2xl font-semibold text-brand-700">
          {name.slice(0, 1)}
        </div>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          start(async () => {
            const result = await uploadAvatarAction(form);
            setError(result.ok ? null : (ERRORS[result.error] ?? t.formError));
            if (result.ok) router.refresh();
          });
        }}
        className="space-y-2"
      >
        <label className="block text-sm font-medium text-slate-700" htmlFor="avatar-file">
          {t.uploadAvatar}
        </label>
        <div className="flex items-center gap-2">
          <input
            id="avatar-file"
            name="avatar"
            type="file"
            accept="image/png,image/jpeg,image/gif,image/webp"
            required
            className="text-sm"
          />
          <button type="submit" className="btn-secondary" disabled={pending}>
            {t.save}
          </button>
        </div>
        <p className="text-xs text-slate-500">{t.avatarHint}</p>
        {error && (
          <p className="text-xs text-red-600" role="alert">
            {error}
          </p>
        )}
      </form>
    </div>
  );
}
