// The ordered list of migrations. Explicit (not read from the folder) so it works inside an asar archive;
// a test checks that it lists exactly the migration files and that versions run 1, 2, 3, …
import { migration0001 } from './0001_init';
import type { Migration } from './types';

export const migrations: readonly Migration[] = [migration0001];
export const latestVersion = migrations[migrations.length - 1].version;
