#!/usr/bin/env node
// `npm run bench`: runs every benchmark in bench/ one after another (each prints its figures and its ratio
// against a baseline measured in the same run). Timing never fails the command; a crashing benchmark does.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dir = path.join(root, 'bench');
let crashed = 0;
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort()) {
  console.log(`\n=== ${file}`);
  const r = spawnSync(process.execPath, [path.join(dir, file)], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) crashed++;
}
process.exit(crashed ? 1 : 0);
