#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into dist/native/ (used by `npm start` and `npm run dist`), and
// leaves the Node build in node_modules untouched so the CLI and the tests keep working. Never run from
// postinstall: machines without Electron's headers cannot build for Electron at all.
import { rebuild } from '@electron/rebuild';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const nodeBinary = path.join(path.dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
const target = path.join(root, 'dist', 'native', 'better_sqlite3.node');
const stamp = `${target}.electron-${electronVersion}`;

if (fs.existsSync(target) && fs.existsSync(stamp)) process.exit(0);

const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bien-ban-native-')), 'node.node');
fs.copyFileSync(nodeBinary, saved);
try {
  await rebuild({ buildPath: root, electronVersion, onlyModules: ['better-sqlite3'], force: true });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(nodeBinary, target);
  fs.writeFileSync(stamp, '');
  console.log(`better-sqlite3 built for Electron ${electronVersion}: ${path.relative(root, target)}`);
} catch (e) {
  console.error(`Không dựng được better-sqlite3 cho Electron / Could not build better-sqlite3 for Electron ${electronVersion}: ${e.message}`);
  process.exitCode = 1;
} finally {
  fs.copyFileSync(saved, nodeBinary);
}
