import 'server-only';
import { AppError } from '@/lib/errors';
import { isBodyTooLarge } from './request';

/** How an upload route takes its file: the form field (and an alias), the size cap and what the file is called in messages. */
export interface UploadForm {
  field: string;
  alias?: string;
  maxBytes: number;
  /** "Avatar", "Recording". */
  label: string;
  tooLarge: string;
}

/** The file of a multipart/form-data request, refused early when it is declared or turns out larger than the cap. */
export async function uploadedFile(request: Request, form: UploadForm): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  // Multipart framing adds a little around the file itself.
  if (declared > form.maxBytes + 64 * 1024) throw new AppError('PAYLOAD_TOO_LARGE', form.tooLarge);
  let data: FormData;
  try {
    data = await request.formData();
  } catch (error) {
    if (isBodyTooLarge(error)) throw new AppError('PAYLOAD_TOO_LARGE', form.tooLarge);
    const message = `Send the file as multipart/form-data in the field "${form.field}"`;
    throw new AppError('VALIDATION_ERROR', message, { fieldErrors: { [form.field]: [message] } });
  }
  const file = data.get(form.field) ?? (form.alias ? data.get(form.alias) : null);
  if (!(file instanceof Blob)) {
    const message = `${form.label} file is required`;
    throw new AppError('VALIDATION_ERROR', message, { fieldErrors: { [form.field]: [message] } });
  }
  return new Uint8Array(await file.arrayBuffer());
}
