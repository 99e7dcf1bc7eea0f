// The dispatcher: the single place that validates, calls and wraps results — every outcome an envelope.
import { describe, expect, it } from 'vitest';
import { createDispatcher, type Handlers } from '../../../electron/core/dispatcher';
import { AppError } from '../../../shared/ipc/result';
import { captureLog, sampleMeeting } from '../../helpers';

const meeting = { ...sampleMeeting(), id: 1, status: 'draft' as const, createdAt: 't', updatedAt: 't' };

function dispatcherWith(overrides: Partial<Handlers>) {
  const { errors, log } = captureLog();
  return { errors, dispatch: createDispatcher(overrides as Handlers, log) };
}

describe('dispatch', () => {
  it('validates the input and returns the service value in an ok envelope', async () => {
    const seen: unknown[] = [];
    const { dispatch } = dispatcherWith({ 'meetings:get': (input) => (seen.push(input), meeting) });
    expect(await dispatch('meetings:get', { id: 1 })).toEqual({ ok: true, value: meeting });
    expect(seen).toEqual([{ id: 1 }]);
  });

  it('refuses invalid input with VALIDATION naming the field, without calling the service', async () => {
    let called = false;
    const { dispatch } = dispatcherWith({ 'meetings:create': () => ((called = true), meeting) });
    const bad = { ...sampleMeeting(), start: '11/06/2020', attendees: [{ ...sampleMeeting().attendees[0], presence: 'late' }] };
    const result = await dispatch('meetings:create', bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.message).toContain('start');
    expect(result.error.message).toContain('attendees[0].presence');
    expect(called).toBe(false);
  });

  it('answers an unknown channel with UNKNOWN_CHANNEL (including inherited object keys)', async () => {
    const { dispatch } = dispatcherWith({});
    for (const channel of ['meetings:explode', 'toString', '__proto__']) {
      const result = await dispatch(channel, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
  });

  it('passes an AppError through as its code and message', async () => {
    const { dispatch } = dispatcherWith({ 'meetings:get': () => { throw new AppError('NOT_FOUND', 'Không tìm thấy cuộc họp số 9'); } });
    expect(await dispatch('meetings:get', { id: 9 })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Không tìm thấy cuộc họp số 9' } });
  });

  it('turns an unexpected exception into INTERNAL without the stack, and logs the stack', async () => {
    const { dispatch, errors } = dispatcherWith({ 'meetings:get': () => { throw new TypeError('secret detail at /home/x/app.js:12'); } });
    const result = await dispatch('meetings:get', { id: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toMatch(/secret detail|app\.js|at /);
    expect(errors).toHaveLength(1);
    expect((errors[0].detail as Error).stack).toContain('secret detail');
  });

  it('reports a full disk as IO in both languages', async () => {
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    const { dispatch } = dispatcherWith({ 'meetings:get': () => { throw full; } });
    const result = await dispatch('meetings:get', { id: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'IO' } });
    if (!result.ok) expect(result.error.message).toMatch(/Ổ đĩa đã đầy.*disk is full/);
  });

  it('treats a service output that breaks the contract as INTERNAL', async () => {
    const { dispatch, errors } = dispatcherWith({ 'meetings:get': () => ({ ...meeting, status: 'lost' }) as never });
    expect(await dispatch('meetings:get', { id: 1 })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(errors[0].message).toContain('does not match the contract');
  });
});
