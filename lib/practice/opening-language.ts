import { findLanguage, type LanguageId } from '@/lib/vocabulary/languages';

/**
 * The language the practice editor opens in: the one the user last saved a draft in for this
 * problem, else the first of their preferred languages the problem supports, else the problem's
 * first. `draftLanguages` is most recent first; preferences are free text ("Python", "js").
 */
export function openingLanguage(
  supported: readonly LanguageId[],
  preferred: readonly string[],
  draftLanguages: readonly string[],
): LanguageId {
  const supportedOne = (name: string) => {
    const id = findLanguage(name)?.id;
    return id && supported.includes(id) ? id : undefined;
  };
  for (const name of draftLanguages) {
    const id = supportedOne(name);
    if (id) return id;
  }
  for (const name of preferred) {
    const id = supportedOne(name);
    if (id) return id;
  }
  return supported[0]!;
}
