// A backend (database file, services, dispatcher) for a test, closed when the test ends. Exported files go
// to a temporary folder and "opening" one is recorded instead of launching an application.
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { openBackend, type Backend } from '../electron/core/backend';
import { folderFilePort } from '../electron/core/files';
import type { Channel, Input, Output } from '../shared/ipc/contract';
import { captureLog, fixedClock, tempDir } from './helpers';

export type TestBackend = Backend & {
  file: string;
  exportDir: string;
  opened: string[];
  logged: ReturnType<typeof captureLog>['errors'];
  /** Calls the contract and returns the value, failing the test on an error envelope. */
  call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
};

export function testBackend(file = path.join(tempDir(), 'test.sqlite'), now = fixedClock()): TestBackend {
  const { errors, log } = captureLog();
  const exportDir = tempDir();
  const opened: string[] = [];
  const backend = openBackend({ version: 'test', databasePath: file, mode: 'browser' }, { now, log, files: folderFilePort(exportDir, (f) => opened.push(f)) });
  onTestFinished(() => backend.close());
  const call = async <C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> => {
    const result = await backend.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
    return result.value as Output<C>;
  };
  return Object.assign(backend, { file, exportDir, opened, logged: errors, call });
}
