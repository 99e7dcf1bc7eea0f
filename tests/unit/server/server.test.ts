// Browser-mode HTTP boundary: token, Host check (DNS rebinding), no CORS, size limit, malformed JSON,
// static files without path traversal — all answered as envelopes.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, startServer, type RunningServer } from '../../../electron/server/server';
import { ok } from '../../../shared/ipc/result';
import { tempDir } from '../../helpers';

let server: RunningServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const calls: { channel: string; payload: unknown }[] = [];
async function start() {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Biên Bản</title>');
  fs.writeFileSync(path.join(dir, '..', 'secret.txt'), 'outside');
  calls.length = 0;
  server = await startServer({
    staticDir: dir,
    port: 0,
    dispatch: async (channel, payload) => (calls.push({ channel, payload }), ok({ echoed: channel })),
  });
  return server;
}

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };
function request(s: RunningServer, options: { path: string; method?: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: s.port, path: options.path, method: options.method ?? 'POST', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
const auth = (s: RunningServer) => ({ Authorization: `Bearer ${s.token}`, 'Content-Type': 'application/json' });

describe('browser-mode server', () => {
  it('prints an address on 127.0.0.1 with a fresh random token', async () => {
    const s = await start();
    expect(s.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${s.port}/\\?token=[A-Za-z0-9_-]{40,}$`));
    const other = await startServer({ staticDir: tempDir(), dispatch: async () => ok(null) });
    expect(other.token).not.toBe(s.token);
    await other.close();
  });

  it('passes an authorised call to the dispatcher and returns its envelope', async () => {
    const s = await start();
    const reply = await request(s, { path: '/rpc/meetings:list', headers: auth(s), body: JSON.stringify({ query: 'họp' }) });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { echoed: 'meetings:list' } });
    expect(calls).toEqual([{ channel: 'meetings:list', payload: { query: 'họp' } }]);
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers 401 without the token or with a wrong one', async () => {
    const s = await start();
    for (const headers of [{}, { Authorization: 'Bearer wrong' }, { Authorization: s.token }] as Record<string, string>[]) {
      const reply = await request(s, { path: '/rpc/meetings:list', headers, body: '{}' });
      expect(reply.status).toBe(401);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
    expect(calls).toEqual([]);
  });

  it('refuses a foreign Host header even with the token (DNS rebinding)', async () => {
    const s = await start();
    for (const host of [`evil.example:${s.port}`, `127.0.0.1:${s.port + 1}`, 'localhost']) {
      const reply = await request(s, { path: '/rpc/meetings:list', headers: { ...auth(s), Host: host }, body: '{}' });
      expect(reply.status).toBe(403);
    }
    const page = await request(s, { path: '/', method: 'GET', headers: { Host: `evil.example:${s.port}` } });
    expect(page.status).toBe(403);
    const local = await request(s, { path: '/rpc/meetings:list', headers: { ...auth(s), Host: `localhost:${s.port}` }, body: '{}' });
    expect(local.status).toBe(200);
    expect(calls).toHaveLength(1);
  });

  it('answers malformed JSON with a VALIDATION envelope and oversized bodies with TOO_LARGE', async () => {
    const s = await start();
    const bad = await request(s, { path: '/rpc/meetings:create', headers: auth(s), body: '{"title": "Họp' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const huge = await request(s, { path: '/rpc/minutes:save', headers: auth(s), body: Buffer.alloc(MAX_BODY_BYTES + 1, 0x61) });
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body)).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
    expect(calls).toEqual([]);
  });

  it('refuses GET on RPC and other methods on pages', async () => {
    const s = await start();
    expect((await request(s, { path: '/rpc/meetings:list', method: 'GET', headers: auth(s) })).status).toBe(405);
    expect((await request(s, { path: '/', method: 'DELETE' })).status).toBe(405);
  });

  it('serves the renderer with a CSP and never a file outside its folder', async () => {
    const s = await start();
    const page = await request(s, { path: '/', method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Biên Bản');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const reply = await request(s, { path: p, method: 'GET' });
      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain('outside');
    }
  });
});
