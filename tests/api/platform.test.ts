import { describe, expect, inject, it } from 'vitest';
import { SYSTEM_TOKEN } from '../harness/processes';
import { PROBLEM_TYPE, call } from './client';

describe('platform', () => {
  it('tells anyone only whether it is up, keeping the connection alive', async () => {
    const reply = await call('/api/health', { token: 'not-a-token' });
    expect(reply.headers.get('connection')).not.toBe('close');
    expect(reply).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect(Object.keys(reply.body)).toEqual(['status']);
  });

  it('tells the system caller the version, the database in use and the sandbox’s mode', async () => {
    const reply = await call('/api/health', { token: SYSTEM_TOKEN });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      status: 'ok',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      database: { status: 'up', driver: inject('dbDriver') },
      sandbox: { mode: expect.any(String) },
    });
  });

  it('answers unknown paths with 404 in each contract’s shape', async () => {
    expect(await call('/api/nothing/here')).toMatchObject({ status: 404, body: { message: '資料不存在' } });
    const v1 = await call('/api/v1/nothing', { method: 'POST', body: {} });
    expect(v1).toMatchObject({ status: 404, body: { type: PROBLEM_TYPE, status: 404, code: 'NOT_FOUND' } });
  });

  it('answers unsupported methods with 405 and Allow, in each contract’s shape', async () => {
    const legacy = await call('/api/users/login', { method: 'DELETE' });
    expect(legacy).toMatchObject({ status: 405, body: { message: '不支援此請求方法' } });
    expect(legacy.headers.get('allow')).toBe('POST');
    const v1 = await call('/api/v1/users/me', { method: 'PATCH', body: {} });
    expect(v1).toMatchObject({ status: 405, body: { code: 'METHOD_NOT_ALLOWED', type: PROBLEM_TYPE } });
    expect(v1.headers.get('allow')).toBe('GET');
  });

  it('stops reading a body past 4 MB even when it is sent without a length, answering 413', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 100) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await fetch(`${inject('baseUrl')}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ type: PROBLEM_TYPE, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('leaves next-auth’s endpoints to Next, however the path is spelled', async () => {
    expect((await fetch(`${inject('baseUrl')}/api/auth/session`)).status).toBe(200);
    // Spelled with an escape, it must not reach next-auth's handler outside Next's request context.
    const encoded = await fetch(`${inject('baseUrl')}/api/%61uth/session`);
    expect(encoded.status).toBe(404);
  });

  it('continues the caller’s trace id', async () => {
    const trace = '0af7651916cd43dd8448eb211c80319c';
    const reply = await call('/api/v1/users/me', { headers: { traceparent: `00-${trace}-b7ad6b7169203331-01` } });
    expect(reply.body.traceId).toMatch(new RegExp(`^00-${trace}-[0-9a-f]{16}-01$`));
    expect(reply.headers.get('x-trace-id')).toBe(reply.body.traceId);
  });

  it('serves an OpenAPI 3.1 document naming every route, and a docs page', async () => {
    const reply = await call<{ openapi: string; paths: Record<string, Record<string, unknown>> }>('/api/openapi.json');
    expect(reply.body.openapi).toBe('3.1.0');
    expect(Object.keys(reply.body.paths['/api/v1/users/me/preferences'] ?? {}).sort()).toEqual(['get', 'put']);
    expect(reply.body.paths['/api/users/login']?.post).toMatchObject({
      requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
    });
    const page = await fetch(`${inject('baseUrl')}/docs`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('data-testid="api-reference"');
    expect(html).toContain('/swagger-ui/swagger-ui-bundle.js');
  });
});
