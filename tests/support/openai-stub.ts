// A local OpenAI-compatible chat-completions server with scripted misbehaviour, for the AI
// coach's unit tests and for API/e2e runs that point AI_BASE_URL at it. Self-contained: node only.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * - `stream`: deltas cut at awkward byte boundaries (inside a multi-byte character, inside
 *   `data:`, between CR and LF), keep-alive comments, several events per chunk, then [DONE].
 * - `unfinished`: `stream` whose response ends cleanly without [DONE].
 * - `json`: one non-streaming chat.completion answer.
 * - `slow`: headers, then nothing (or the stream after `firstTokenDelayMs`).
 * - `broken`: HTTP `status` (500) with an OpenAI-style error body.
 * - `garbage`: one good delta, then an event that is not JSON.
 * - `cut`: some deltas, then the socket is destroyed mid-response.
 */
export type OpenAiStubBehaviour = 'stream' | 'unfinished' | 'json' | 'slow' | 'broken' | 'garbage' | 'cut';

export interface StubChatRequest {
  model?: string;
  stream?: boolean;
  temperature?: number;
  messages?: { role: string; content: string }[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  rawBody: string;
  /** The parsed JSON body; null when it was not JSON. */
  body: StubChatRequest | null;
  /** `client-closed` when the client hung up before the stub finished answering. */
  outcome: 'pending' | 'completed' | 'client-closed';
}

export interface OpenAiStubOptions {
  /** The reply's text; by default STUB_REPLY in the language of the request's system message. */
  reply?: string | ((request: RecordedRequest) => string);
  /** `slow`: delay before the stream starts; absent, it never does. */
  firstTokenDelayMs?: number;
  /** Pause between written chunks (default 2 ms, so they reach the client as separate reads). */
  chunkDelayMs?: number;
  /** `broken`: the status (default 500). */
  status?: number;
  /** `cut`: how many content deltas are sent before the socket is destroyed (default 3). */
  cutAfterDeltas?: number;
}

export interface OpenAiStub {
  /** Base URL including `/v1`, as AI_BASE_URL takes it. */
  url: string;
  requests: RecordedRequest[];
  /** Applies to the following requests; options fall back to those given to startOpenAiStub. */
  setBehaviour(behaviour: OpenAiStubBehaviour, options?: OpenAiStubOptions): void;
  close(): Promise<void>;
}

export const STUB_REPLY = {
  en: [
    '- You named the trade-off between consistency and latency — good.',
    '- Add a concrete number: how many requests per second did the cache absorb?',
    '- Say what you would change next time.',
    'Follow-up: How would you invalidate that cache when the data changes?',
  ].join('\n'),
  zh: [
    '- 你清楚說明了一致性與延遲的取捨，很好。',
    '- 補上具體數字：快取擋下了多少請求？🚀',
    '- 說明下次會怎麼改進。',
    '追問：資料更新時，你會如何讓快取失效？',
  ].join('\n'),
} as const;

const HAN = /\p{Script=Han}/u;

function defaultReply(request: RecordedRequest): string {
  const system = request.body?.messages?.find((message) => message.role === 'system')?.content ?? '';
  return HAN.test(system) ? STUB_REPLY.zh : STUB_REPLY.en;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function chunkEvent(model: string, delta: Record<string, string>, finishReason: string | null = null): string {
  return `data: ${JSON.stringify({
    id: 'chatcmpl-stub',
    object: 'chat.completion.chunk',
    created: 1_700_000_000,
    model,
    choices: [{ index: 0, delta, finish_reason: finishReason }],
  })}`;
}

/** The reply as SSE events: role first, content in pieces of 1–5 code points, CRLF and keep-alives mixed in. */
function streamEvents(model: string, reply: string): string[] {
  const events = [`${chunkEvent(model, { role: 'assistant', content: '' })}\n\n`, ': keep-alive\n\n'];
  const characters = Array.from(reply);
  let contentEvents = 0;
  for (let start = 0, size = 1; start < characters.length; start += size, size = (size % 5) + 1) {
    const separator = contentEvents % 2 === 0 ? '\n\n' : '\r\n\r\n';
    events.push(`${chunkEvent(model, { content: characters.slice(start, start + size).join('') })}${separator}`);
    contentEvents++;
    if (contentEvents % 4 === 0) events.push(': keep-alive\r\n\r\n');
  }
  events.push(`${chunkEvent(model, {}, 'stop')}\n\n`);
  return events;
}

/** Cut points meant to hurt a naive parser, then uneven sizes (some holding several events). */
function awkwardSlices(bytes: Buffer): Buffer[] {
  const cuts = new Set<number>();
  const continuation = bytes.findIndex((byte) => (byte & 0xc0) === 0x80);
  if (continuation > 0) cuts.add(continuation);
  const secondData = bytes.indexOf('data:', bytes.indexOf('data:') + 1);
  if (secondData > 0) cuts.add(secondData + 2);
  const crlf = bytes.indexOf('\r\n');
  if (crlf > 0) cuts.add(crlf + 1);
  const sizes = [7, 1, 23, 400, 3, 90];
  for (let at = 0, turn = 0; at < bytes.length; at += sizes[turn % sizes.length] ?? 1, turn++) cuts.add(at);
  const ordered = [...cuts].filter((at) => at > 0 && at < bytes.length).sort((a, b) => a - b);
  return [0, ...ordered].map((at, index) => bytes.subarray(at, ordered[index] ?? bytes.length));
}

export async function startOpenAiStub(initial: { behaviour?: OpenAiStubBehaviour } & OpenAiStubOptions = {}): Promise<OpenAiStub> {
  const { behaviour: initialBehaviour = 'stream', ...defaults } = initial;
  let behaviour: OpenAiStubBehaviour = initialBehaviour;
  let options: OpenAiStubOptions = defaults;
  const requests: RecordedRequest[] = [];

  const server = http.createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => {
      const rawBody = Buffer.concat(parts).toString('utf8');
      let body: StubChatRequest | null = null;
      try {
        body = JSON.parse(rawBody) as StubChatRequest;
      } catch {
        body = null;
      }
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        rawBody,
        body,
        outcome: 'pending',
      };
      requests.push(recorded);
      res.on('close', () => {
        recorded.outcome = res.writableFinished ? 'completed' : 'client-closed';
      });
      // A client that hangs up mid-write must not crash the test process.
      res.on('error', () => {});
      void answer(recorded, res, behaviour, options).catch(() => res.destroy());
    });
  });

  async function answer(
    request: RecordedRequest,
    res: http.ServerResponse,
    kind: OpenAiStubBehaviour,
    opts: OpenAiStubOptions,
  ): Promise<void> {
    const error = (status: number, message: string, type: string) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: { message, type, code: null } }));
    };
    if (request.method !== 'POST' || request.path !== '/v1/chat/completions') return error(404, `no route ${request.path}`, 'not_found');
    if (!request.body) return error(400, 'the body is not JSON', 'invalid_request_error');

    const model = request.body.model ?? 'stub-model';
    const reply = typeof opts.reply === 'function' ? opts.reply(request) : (opts.reply ?? defaultReply(request));
    const gap = opts.chunkDelayMs ?? 2;
    const open = () => !res.destroyed && !res.writableEnded;

    if (kind === 'broken') return error(opts.status ?? 500, 'stub: the model crashed', 'server_error');
    if (kind === 'json' || request.body.stream === false) {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(
        JSON.stringify({
          id: 'chatcmpl-stub',
          object: 'chat.completion',
          created: 1_700_000_000,
          model,
          choices: [{ index: 0, message: { role: 'assistant', content: reply }, finish_reason: 'stop' }],
        }),
      );
      return;
    }

    res.socket?.setNoDelay(true);
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache' });
    res.flushHeaders();

    if (kind === 'slow') {
      if (opts.firstTokenDelayMs === undefined) return; // Headers, then silence until the client gives up.
      await sleep(opts.firstTokenDelayMs);
    }
    if (kind === 'garbage') {
      res.write(`${chunkEvent(model, { content: 'Fine so far' })}\n\n`);
      await sleep(gap);
      if (open()) res.end('data: {"choices":[{"delta":{"content":"oops"}}\n\ndata: [DONE]\n\n');
      return;
    }

    const events = streamEvents(model, reply);
    if (kind === 'cut') {
      const keep = 2 + (opts.cutAfterDeltas ?? 3); // role and keep-alive first
      for (const event of events.slice(0, keep)) {
        if (!open()) return;
        res.write(event);
        await sleep(gap);
      }
      await sleep(20);
      res.socket?.destroy();
      return;
    }

    const tail = kind === 'unfinished' ? '' : 'data: [DONE]\n\n';
    for (const slice of awkwardSlices(Buffer.from(events.join('') + tail, 'utf8'))) {
      if (!open()) return;
      res.write(slice);
      await sleep(gap);
    }
    if (open()) res.end();
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    setBehaviour(next, nextOptions = {}) {
      behaviour = next;
      options = { ...defaults, ...nextOptions };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // `slow` answers never end by themselves.
        server.closeAllConnections();
      }),
  };
}
