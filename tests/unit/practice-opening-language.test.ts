import { describe, expect, it } from 'vitest';
import { openingLanguage } from '@/lib/practice/opening-language';

describe('the practice editor’s opening language', () => {
  const all = ['cpp', 'java', 'python', 'javascript', 'typescript'] as const;

  it('opens in the first preferred language the problem supports, spelled as users write it', () => {
    expect(openingLanguage(all, ['Python'], [])).toBe('python');
    expect(openingLanguage(['cpp', 'java'], ['Go', 'js', 'Java'], [])).toBe('java');
  });

  it('falls back to the problem’s first language', () => {
    expect(openingLanguage(all, [], [])).toBe('cpp');
    expect(openingLanguage(['java', 'cpp'], ['Rust'], [])).toBe('java');
  });

  it('prefers the language of the latest draft of this problem', () => {
    expect(openingLanguage(all, ['Python'], ['typescript', 'python'])).toBe('typescript');
  });
});
