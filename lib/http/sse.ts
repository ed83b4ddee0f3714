import 'server-only';

/** What a stream's producer can do: send an event, or end the stream. */
export interface EventChannel {
  send(event: string, data: unknown): void;
  close(): void;
}

const encoder = new TextEncoder();

/**
 * A server-sent-events answer (text/event-stream). `open` starts producing and returns its
 * cleanup, which runs once whether the producer closes the stream or the client goes away
 * (the API router cancels the body when the connection closes). A comment line every
 * `heartbeatMs` keeps proxies from timing the connection out.
 */
export function eventStream(open: (channel: EventChannel) => () => void, { heartbeatMs = 20_000 } = {}): Response {
  let stop = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let ended = false;
      let cleanup: () => void = () => {};
      const heartbeat = setInterval(() => controller.enqueue(encoder.encode(': keep-alive\n\n')), heartbeatMs);
      stop = () => {
        if (ended) return;
        ended = true;
        clearInterval(heartbeat);
        cleanup();
      };
      const channel: EventChannel = {
        send(event, data) {
          if (!ended) controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
        },
        close() {
          if (ended) return;
          stop();
          controller.close();
        },
      };
      // Reconnecting clients wait 3 s (EventSource's own retry).
      controller.enqueue(encoder.encode('retry: 3000\n\n'));
      cleanup = open(channel);
    },
    cancel() {
      stop();
    },
  });
  return new Response(body, {
    headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' },
  });
}
