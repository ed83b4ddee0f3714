import { describe, expect, it } from 'vitest';
import { AVATAR_FILE_PATTERN, sniffImage } from '@/lib/users/avatars';

describe('avatar files', () => {
  it('recognises images by their bytes, not their names', () => {
    expect(sniffImage(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('png');
    expect(sniffImage(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpg');
    expect(sniffImage(Buffer.from('GIF89a'))).toBe('gif');
    expect(sniffImage(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
    expect(sniffImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffImage(new Uint8Array())).toBeNull();
  });

  it('serves only names it generated', () => {
    expect(AVATAR_FILE_PATTERN.test('12-abcdefghijklmnop.png')).toBe(true);
    expect(AVATAR_FILE_PATTERN.test('../../etc/passwd')).toBe(false);
    expect(AVATAR_FILE_PATTERN.test('12-abcdefghijklmnop.svg')).toBe(false);
  });
});
