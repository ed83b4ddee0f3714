import 'server-only';

/**
 * JSON that keeps 64-bit integers exact. `JSON.parse` rounds integers beyond 2^53 (Node 20 has no
 * source text access in revivers), so harness results and contract strings that contain long
 * integer literals go through this parser, which turns every unsafe integer literal into a bigint.
 */

/**
 * An integer literal of 16+ digits may be beyond 2^53 - 1; without one, JSON.parse is exact. Digits
 * of a fraction or before an exponent do not count, so float results keep the fast path.
 */
const LONG_DIGITS = /(?<![\d.])\d{16,}(?![\d.eE])/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;

/** Parses JSON text; integers beyond Number.MAX_SAFE_INTEGER become bigints. Throws SyntaxError like JSON.parse. */
export function parseJsonExact(text: string): unknown {
  if (!LONG_DIGITS.test(text)) return JSON.parse(text);
  return new ExactParser(text).parseDocument();
}

type Container = { array: unknown[] } | { object: Record<string, unknown>; key: string | null };

/** Iterative (no recursion), so hostile nesting depth cannot overflow the stack. */
class ExactParser {
  private i = 0;

  constructor(private readonly s: string) {}

  parseDocument(): unknown {
    const stack: Container[] = [];
    let result: unknown;
    let done = false;
    const emit = (value: unknown) => {
      const top = stack[stack.length - 1];
      if (!top) {
        result = value;
        done = true;
      } else if ('array' in top) {
        top.array.push(value);
      } else {
        if (top.key === null) throw this.error();
        Object.defineProperty(top.object, top.key, { value, enumerable: true, writable: true, configurable: true });
        top.key = null;
      }
    };
    while (!done) {
      this.space();
      const top = stack[stack.length - 1];
      const c = this.s[this.i];
      if (top && 'array' in top ? c === ']' : c === '}') {
        // `[1,]` never gets here (afterValue refuses it); `{"a":}` does.
        if (!top || (!('array' in top) && top.key !== null)) throw this.error();
        stack.pop();
        this.i++;
        emit('array' in top ? top.array : top.object);
        this.afterValue(stack);
        continue;
      }
      if (top && !('array' in top) && top.key === null) {
        if (c !== '"') throw this.error();
        top.key = this.string();
        this.space();
        if (this.s[this.i++] !== ':') throw this.error();
        continue;
      }
      if (c === '[') {
        this.i++;
        stack.push({ array: [] });
        this.space();
        if (this.s[this.i] === ']') {
          this.i++;
          emit((stack.pop() as { array: unknown[] }).array);
          this.afterValue(stack);
        }
        continue;
      }
      if (c === '{') {
        this.i++;
        stack.push({ object: {}, key: null });
        this.space();
        if (this.s[this.i] === '}') {
          this.i++;
          emit((stack.pop() as { object: Record<string, unknown> }).object);
          this.afterValue(stack);
        }
        continue;
      }
      emit(this.scalar());
      this.afterValue(stack);
    }
    this.space();
    if (this.i !== this.s.length) throw this.error();
    return result;
  }

  /** After a value inside a container: a comma (then another value must follow) or the closing bracket. */
  private afterValue(stack: Container[]): void {
    const top = stack[stack.length - 1];
    if (!top) return;
    this.space();
    const c = this.s[this.i];
    if (c === ',') {
      this.i++;
      this.space();
      const next = this.s[this.i];
      if (next === ']' || next === '}') throw this.error();
      return;
    }
    if (c !== ('array' in top ? ']' : '}')) throw this.error();
  }

  private scalar(): unknown {
    const c = this.s[this.i];
    if (c === '"') return this.string();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.s.startsWith(word, this.i)) {
        this.i += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = this.i;
    const match = NUMBER.exec(this.s);
    if (!match) throw this.error();
    this.i += match[0].length;
    const value = Number(match[0]);
    if (/^-?\d+$/.test(match[0]) && !Number.isSafeInteger(value)) return BigInt(match[0]);
    return value;
  }

  private string(): string {
    let j = this.i + 1;
    for (;;) {
      const c = this.s.charCodeAt(j);
      if (Number.isNaN(c)) throw this.error();
      if (c === 0x22) break;
      j += c === 0x5c ? 2 : 1;
    }
    // JSON.parse decodes the escapes and rejects raw control characters, exactly as for the whole text.
    const value = JSON.parse(this.s.slice(this.i, j + 1)) as string;
    this.i = j + 1;
    return value;
  }

  private space(): void {
    WHITESPACE.lastIndex = this.i;
    WHITESPACE.exec(this.s);
    this.i = WHITESPACE.lastIndex;
  }

  private error(): SyntaxError {
    return new SyntaxError(`Unexpected JSON at position ${this.i}`);
  }
}

/** JSON text of a value that may hold bigints (written as bare integers). Canonical values only: no cycles, shallow. */
export function stringifyExact(value: unknown): string {
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return `[${value.map(stringifyExact).join(',')}]`;
  return JSON.stringify(value) ?? 'null';
}
