import 'server-only';
import pino from 'pino';

const globalForLogger = globalThis as typeof globalThis & { __codemeetLogger?: pino.Logger };

/** One line of JSON per event. Never pass passwords, tokens or user code. */
export const logger: pino.Logger =
  globalForLogger.__codemeetLogger ??
  (globalForLogger.__codemeetLogger = pino({
    level: process.env.LOG_LEVEL ?? 'info',
    base: { service: 'codemeet' },
    redact: { paths: ['password', '*.password', 'token', '*.token', 'authorization', '*.authorization'], remove: true },
  }));
