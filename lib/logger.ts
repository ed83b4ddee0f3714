import 'server-only';
import pino from 'pino';
import { processSingleton } from '@/lib/process-singletons';

declare module '@/lib/process-singletons' {
  interface ProcessSingletons {
    logger: pino.Logger;
  }
}

/** One line of JSON per event. Never pass passwords, tokens or user code. */
export const logger: pino.Logger = processSingleton('logger', () =>
  pino({
    level: process.env.LOG_LEVEL ?? 'info',
    base: { service: 'codemeet' },
    redact: { paths: ['password', '*.password', 'token', '*.token', 'authorization', '*.authorization'], remove: true },
  }),
);
