'use client';

import Editor, { loader } from '@monaco-editor/react';

// Monaco is served from this site (public/vs, copied at install): never a CDN.
loader.config({ paths: { vs: '/vs' } });

export default Editor;
export type { OnMount } from '@monaco-editor/react';

/** Monaco's language id for one of the judge's languages. */
export const monacoLanguage = (language: string) => (language === 'cpp' ? 'cpp' : language);
