// The runtime boundaries are checked by machines, not convention: the lint rules refuse forbidden imports
// in each folder, and shared/'s tsconfig has no Node or DOM types at all.
import { ESLint } from 'eslint';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function restricted(file: string, code: string): Promise<boolean> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages.some((m) => m.ruleId === 'no-restricted-imports');
}

describe('import boundaries', () => {
  it.each([
    ['shared/x.ts', "import fs from 'node:fs';"],
    ['shared/x.ts', "import path from 'path';"],
    ['shared/x.ts', "import { app } from 'electron';"],
    ['shared/x.ts', "import Database from 'better-sqlite3';"],
    ['shared/x.ts', "import { openDatabase } from '../electron/db/connection';"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/src/x.ts', "import fs from 'node:fs';"],
    ['renderer/src/x.ts', "import { openBackend } from '../../electron/core/backend';"],
    ['electron/core/x.ts', "import { app } from 'electron';"],
    ['electron/server/x.ts', "import Database from 'better-sqlite3';"],
    ['electron/main/x.ts', "import Database from 'better-sqlite3';"],
  ])('%s may not `%s`', async (file, code) => {
    expect(await restricted(file, code)).toBe(true);
  });

  it.each([
    ['electron/main/x.ts', "import { app } from 'electron';"],
    ['electron/preload/x.ts', "import { contextBridge } from 'electron';"],
    ['electron/db/x.ts', "import Database from 'better-sqlite3';"],
    ['electron/core/x.ts', "import fs from 'node:fs';"],
    ['renderer/src/x.ts', "import { contract } from '../../shared/ipc/contract';"],
  ])('%s may `%s`', async (file, code) => {
    expect(await restricted(file, code)).toBe(false);
  });

  it('gives shared/ no Node, DOM or Electron types', () => {
    const config = JSON.parse(fs.readFileSync(path.join(root, 'shared/tsconfig.json'), 'utf8'));
    expect(config.compilerOptions.lib).toEqual(['ES2022']);
    expect(config.compilerOptions.types).toEqual([]);
  });
});
