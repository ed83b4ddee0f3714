import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // API route handlers are plain Request → Response functions run by server/api-router.ts in
    // development and production alike: Next's request context does not exist there.
    files: ['app/api/**/*.ts'],
    ignores: ['app/api/auth/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'next/headers', message: 'Read headers and cookies from the Request the route core passes in.' },
            { name: 'next/navigation', message: 'API routes answer with a Response; redirect() and notFound() need Next’s pipeline.' },
            { name: 'next/cache', message: 'API routes run outside Next’s pipeline; revalidate from server actions.' },
            { name: 'next/server', message: 'Use the web-standard Request and Response.' },
            { name: 'next/og', message: 'API routes run outside Next’s pipeline.' },
          ],
        },
      ],
    },
  },
  globalIgnores([
    '.next/**',
    'dist/**',
    'node_modules/**',
    'public/vs/**',
    'public/swagger-ui/**',
    'data/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
  ]),
]);
