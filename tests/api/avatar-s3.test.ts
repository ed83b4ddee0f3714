import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CreateBucketCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppServer } from '../harness/processes';
import { inLegs } from '../support/skips';

// Its own server, configured for an S3-compatible bucket (s3rver speaks the S3 protocol on loopback).
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const BUCKET = 'codemeet-avatars';
let s3server: S3rver;
let s3: S3Client;
let app: AppServer;
let dir: string | undefined;

async function exists(key: string): Promise<boolean> {
  return s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key })).then(
    () => true,
    () => false,
  );
}

// The server it starts is the same in every leg of the suite: it runs in the embedded-database one.
describe('avatars in an S3-compatible bucket', inLegs('pglite'), () => {
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'codemeet-s3-'));
    s3server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir });
    const { port } = await s3server.run();
    const endpoint = `http://127.0.0.1:${port}`;
    const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
    s3 = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials });
    await s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
    app = await startApp({
      env: { S3_BUCKET: BUCKET, S3_ENDPOINT: endpoint, S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' },
    });
  });

  afterAll(async () => {
    await app?.stop();
    await s3server?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stores the upload in the bucket, serves it from there, and removes the one it replaces', async () => {
    const login = await fetch(`${app.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'demo@codemeet.tw', password: 'Demo12345' }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const upload = async () => {
      const form = new FormData();
      form.set('avatar', new Blob([PNG], { type: 'image/png' }), 'me.png');
      const res = await fetch(`${app.baseUrl}/api/v1/users/me/avatar`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${accessToken}` },
        body: form,
      });
      expect(res.status).toBe(200);
      return ((await res.json()) as { avatarUrl: string }).avatarUrl;
    };

    const first = await upload();
    const firstKey = `avatars/${first.split('/').pop()}`;
    expect(await exists(firstKey)).toBe(true);
    const served = await fetch(`${app.baseUrl}${first}`);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);

    const second = await upload();
    expect(await exists(`avatars/${second.split('/').pop()}`)).toBe(true);
    expect(await exists(firstKey)).toBe(false);
    expect((await fetch(`${app.baseUrl}${first}`)).status).toBe(404);
  });
});
