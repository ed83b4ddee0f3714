/**
 * The languages user code is written in: the ids the judge, the database and both contracts use,
 * the names pages show, and the other spellings clients may send. The judge's implementation of
 * each is in server/sandbox/languages.
 */

/** Language ids understood by the engine; aliases ('js', 'py', 'c++', …) resolve to these. */
export type LanguageId = 'javascript' | 'typescript' | 'python' | 'java' | 'cpp';

export interface LanguageName {
  id: LanguageId;
  displayName: string;
  /** Lower-case names accepted besides the id ('js', 'py', 'c++', …). */
  aliases: readonly string[];
}

export const LANGUAGES: Readonly<Record<LanguageId, LanguageName>> = {
  javascript: { id: 'javascript', displayName: 'JavaScript', aliases: ['javascript', 'js', 'node', 'nodejs'] },
  typescript: { id: 'typescript', displayName: 'TypeScript', aliases: ['typescript', 'ts'] },
  python: { id: 'python', displayName: 'Python 3', aliases: ['python', 'python3', 'py', 'py3'] },
  java: { id: 'java', displayName: 'Java 17', aliases: ['java', 'java17'] },
  cpp: { id: 'cpp', displayName: 'C++17', aliases: ['cpp', 'c++', 'c++17', 'cpp17', 'cxx'] },
};

const BY_ALIAS = new Map<string, LanguageName>();
for (const language of Object.values(LANGUAGES)) {
  for (const alias of [language.id, ...language.aliases, language.displayName]) BY_ALIAS.set(alias.toLowerCase(), language);
}

/** Resolves 'js', 'JavaScript', 'py', 'python3', 'c++', 'cpp', … to a language. */
export function findLanguage(name: string): LanguageName | undefined {
  return BY_ALIAS.get(name.trim().toLowerCase());
}
