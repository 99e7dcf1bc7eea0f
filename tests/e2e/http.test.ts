// The browser-mode HTTP boundary (c): token, Host check (DNS rebinding), malformed and oversized bodies,
// unknown channels and records, each answered with an error envelope, and none of them writing anything.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, meetingInput, rawRequest, startServer, tempDir, type Server } from './harness';

let dir: string;
let server: Server;

const meeting = meetingInput('Không được tạo');

beforeAll(async () => {
  dir = tempDir('http');
  server = await startServer(path.join(dir, 'db.sqlite'));
  await call(server, 'meetings:create', { ...meeting, title: 'Cuộc họp có sẵn' });
});
afterAll(async () => {
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const auth = () => ({ Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json', Host: `127.0.0.1:${server.port}` });
const envelope = (body: string) => JSON.parse(body) as { ok: boolean; error?: { code: string } };
const countMeetings = async () => (await call<unknown[]>(server, 'meetings:list', {})).length;

describe('browser-mode HTTP boundary', () => {
  it('c. refuses bad requests with an error envelope and changes nothing', async () => {
    const before = await countMeetings();
    expect(before).toBe(1);
    const create = JSON.stringify(meeting);

    const noToken = await rawRequest(server, { path: '/rpc/meetings:list', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(noToken.status).toBe(401);
    expect(envelope(noToken.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    const wrongToken = await rawRequest(server, { path: '/rpc/meetings:create', headers: { ...auth(), Authorization: 'Bearer nope' }, body: create });
    expect(wrongToken.status).toBe(401);

    const foreignHost = await rawRequest(server, { path: '/rpc/meetings:create', headers: { ...auth(), Host: `evil.example:${server.port}` }, body: create });
    expect(foreignHost.status).toBe(403);
    expect(envelope(foreignHost.body).ok).toBe(false);

    const malformed = await rawRequest(server, { path: '/rpc/meetings:create', headers: auth(), body: '{"title": "Họp' });
    expect(malformed.status).toBe(400);
    expect(envelope(malformed.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    const unknownChannel = await rawRequest(server, { path: '/rpc/meetings:drop', headers: auth(), body: '{}' });
    expect(envelope(unknownChannel.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });

    const unknownMeeting = await rawRequest(server, { path: '/rpc/meetings:get', headers: auth(), body: '{"id": 987654}' });
    expect(envelope(unknownMeeting.body)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    // A valid meeting padded past 10 MB: refused as a whole, not truncated and saved.
    const huge = JSON.stringify({ ...meeting, location: 'x'.repeat(10 * 1024 * 1024) });
    const tooLarge = await rawRequest(server, { path: '/rpc/meetings:create', headers: auth(), body: huge });
    expect(tooLarge.status).toBe(413);
    expect(envelope(tooLarge.body)).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });

    expect(await countMeetings()).toBe(before);
  });
});
