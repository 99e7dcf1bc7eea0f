// A backend (database file, services, dispatcher) for a test, closed when the test ends.
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { openBackend, type Backend } from '../electron/core/backend';
import { captureLog, fixedClock, tempDir } from './helpers';

export function testBackend(file = path.join(tempDir(), 'test.sqlite')): Backend & { file: string; logged: ReturnType<typeof captureLog>['errors'] } {
  const { errors, log } = captureLog();
  const backend = openBackend({ version: 'test', databasePath: file, mode: 'browser' }, { now: fixedClock(), log });
  onTestFinished(() => backend.close());
  return Object.assign(backend, { file, logged: errors });
}

