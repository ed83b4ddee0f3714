import 'server-only';

import { randomBytes } from 'node:crypto';

import { parseJsonExact } from '@/lib/vocabulary/json';

/**
 * The judge protocol between the supervisor and a harness inside the jail.
 *
 * stdin:  line 1 is a random nonce; every further line is one test case, a JSON array of
 *         arguments (a long as a decimal string; a list or tree as its array; a design case as
 *         [operations, arguments per operation]). Hidden cases are only written after every
 *         visible result came back.
 * stdout: user output, interleaved with harness markers, each on a line of its own:
 *           "\n<nonce> S <i>\n"      case i starts
 *           "\n<nonce> R <json>\n"   case i result: {ok, v | err, oom?, wa?, ms, kb}; wa: the answer
 *                                    could not be written (a cyclic list): a wrong answer, err says why
 *           "\n<nonce> C <json>\n"   the code does not compile (interpreted languages)
 *           "\n<nonce> E <json>\n"   the code failed while loading, or the function is missing
 * The leading newline keeps a marker on its own line even after output without one; the
 * parser removes it. User code does not know the nonce, so it cannot easily fake a marker;
 * even if it did, it could only misreport its own results, never read expected outputs,
 * which stay in the supervisor.
 */

export function newNonce(): string {
  return randomBytes(16).toString('hex');
}

export type HarnessEvent =
  | { kind: 'text'; data: Buffer }
  | { kind: 'start'; index: number }
  | { kind: 'result'; payload: string }
  | { kind: 'compile-error'; message: string }
  | { kind: 'load-error'; message: string };

export interface CaseReport {
  ok: boolean;
  v?: unknown;
  err?: string;
  oom?: boolean;
  /** The answer could not be written (a list with a cycle, a tree sharing a node): a wrong answer, `err` says why. */
  wrong?: boolean;
  ms: number;
  kb: number;
}

/** Incremental parser of a harness's stdout; feed it chunks as they arrive. */
export class HarnessStreamParser {
  private readonly marker: Buffer;
  /** Bytes held back because they may begin a marker split across chunks. */
  private tail: Buffer = Buffer.alloc(0);
  /** Pieces of a marker line whose newline has not arrived yet (results can be megabytes). */
  private lineParts: Buffer[] | null = null;

  constructor(nonce: string) {
    this.marker = Buffer.from(`\n${nonce} `);
  }

  push(chunk: Buffer): HarnessEvent[] {
    const events: HarnessEvent[] = [];
    let buf = chunk;
    while (buf.length > 0) {
      if (this.lineParts) {
        const lineEnd = buf.indexOf(0x0a);
        if (lineEnd < 0) {
          this.lineParts.push(buf);
          break;
        }
        this.lineParts.push(buf.subarray(0, lineEnd));
        events.push(parseMarker(Buffer.concat(this.lineParts).toString('utf8')));
        this.lineParts = null;
        buf = buf.subarray(lineEnd + 1);
        continue;
      }
      const data = this.tail.length > 0 ? Buffer.concat([this.tail, buf]) : buf;
      this.tail = Buffer.alloc(0);
      const at = data.indexOf(this.marker);
      if (at < 0) {
        const keep = Math.min(data.length, this.marker.length - 1);
        if (data.length > keep) events.push({ kind: 'text', data: data.subarray(0, data.length - keep) });
        this.tail = Buffer.from(data.subarray(data.length - keep));
        break;
      }
      if (at > 0) events.push({ kind: 'text', data: data.subarray(0, at) });
      this.lineParts = [];
      buf = data.subarray(at + this.marker.length);
    }
    return events;
  }

  /** Whatever is left when the stream ends is plain output. */
  end(): HarnessEvent[] {
    const rest = this.lineParts ? Buffer.concat([this.marker, ...this.lineParts]) : this.tail;
    this.tail = Buffer.alloc(0);
    this.lineParts = null;
    return rest.length > 0 ? [{ kind: 'text', data: rest }] : [];
  }
}

function parseMarker(line: string): HarnessEvent {
  const kind = line.slice(0, 1);
  const payload = line.slice(2);
  switch (kind) {
    case 'S':
      return { kind: 'start', index: Number(payload) };
    case 'R':
      return { kind: 'result', payload };
    case 'C':
      return { kind: 'compile-error', message: parseMessage(payload) };
    default:
      return { kind: 'load-error', message: parseMessage(payload) };
  }
}

function parseMessage(payload: string): string {
  try {
    const value: unknown = JSON.parse(payload);
    return typeof value === 'string' ? value : payload;
  } catch {
    return payload;
  }
}

/** Parses a result payload (64-bit integers stay exact); null when it is not a well-formed report. */
export function parseCaseReport(payload: string): CaseReport | null {
  let value: unknown;
  try {
    value = parseJsonExact(payload);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const report = value as Record<string, unknown>;
  if (typeof report.ok !== 'boolean') return null;
  return {
    ok: report.ok,
    v: report.v,
    err: typeof report.err === 'string' ? report.err : undefined,
    oom: report.oom === true,
    wrong: report.wa === true,
    ms: typeof report.ms === 'number' && Number.isFinite(report.ms) ? report.ms : 0,
    kb: typeof report.kb === 'number' && Number.isFinite(report.kb) ? report.kb : 0,
  };
}
