import path from 'node:path';
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const root = import.meta.dirname;
const anywhere = (...globs) => globs.map((glob) => path.join(root, glob));

/**
 * The layers (README, "Architecture"), checked on each import's resolved file, so an '@/…' path,
 * a relative one and a type-only import are judged alike. lib/ and db/ are the domain: pages, API
 * routes, sockets and runners call it, never the other way round. The sandbox and the schema
 * share only the vocabulary (lib/vocabulary), which itself imports nothing of the project.
 */
const LAYERS = [
  {
    target: ['./lib', './db'],
    from: ['./app', './components'],
    message: 'The domain is called by pages and components, never the reverse; a page-side helper belongs in app/_lib.',
  },
  {
    target: ['./lib', './db'],
    from: './server',
    message:
      'The domain does not import the server (custom server, realtime, runners, sandbox); what it shares with the sandbox is in lib/vocabulary.',
  },
  {
    target: './db/schema',
    from: anywhere('**'),
    except: anywhere('db/schema/**', 'lib/vocabulary/**', 'node_modules/drizzle-orm/**'),
    message: 'The schema imports drizzle and the vocabulary (lib/vocabulary) only.',
  },
  {
    target: './server/sandbox',
    from: './lib',
    // The registry of process-wide state (README, "Two module graphs") holds the sandbox itself.
    except: ['./vocabulary', './process-singletons.ts'],
    message: 'The sandbox imports nothing of lib/ but the vocabulary (lib/vocabulary) and the process registry.',
  },
  {
    target: './server/sandbox',
    from: ['./db', './app', './components'],
    message: 'The sandbox runs code; it knows no database, page or component.',
  },
  {
    target: ['./app', './components'],
    from: './server',
    message: 'Pages and components reach the server through lib/ (the domain) and lib/vocabulary, never directly.',
  },
  {
    target: './lib/vocabulary',
    from: anywhere('{app,components,db,lib,server}/**'),
    except: anywhere('lib/vocabulary/**'),
    message: 'The vocabulary is the leaf both sides import: it imports nothing of the project.',
  },
];

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
    rules: { 'import/no-restricted-paths': ['error', { basePath: root, zones: LAYERS }] },
  },
  {
    // "No Next, no Socket.IO" in the domain: a service is callable from a route, an action, a
    // socket, a scheduler and a test alike. next-auth/jwt only decodes a cookie (the socket
    // handshake reads it too); the rest of next-auth is the page side's (app/_lib).
    files: ['lib/**', 'db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(next|react|react-dom)(/.*)?$|^next-auth(?!/jwt$)(/.*)?$',
              message: 'lib/ and db/ know no Next or React: Next-bound helpers belong in app/_lib.',
            },
            {
              group: ['socket.io', 'socket.io/*', 'socket.io-client', 'socket.io-client/*'],
              message: 'lib/ and db/ know no Socket.IO: server/realtime adapts the services to sockets.',
            },
          ],
        },
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
