#!/usr/bin/env node
// Scores the action-item extractor on an annotated corpus and fails below the quality bar.
//   node scripts/eval.mjs [CORPUS.jsonl]      (default: ../shared/corpus/dev.jsonl from the repo root)
// Loads the compiled extractor (dist/shared/extractor/index.js, built by `npm run build:node`), writes its
// predictions to a temporary file, runs ../shared/eval/score-extractor.mjs on them and checks the summary.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(process.argv[2] ?? join(root, '../shared/corpus/dev.jsonl'));
const scorer = join(root, '../shared/eval/score-extractor.mjs');
const modulePath = process.env.EXTRACTOR_MODULE ?? join(root, 'dist/shared/extractor/index.js');

const THRESHOLDS = { F1: 0.9, lead: 0.9, support: 0.85, 'deadline-kind': 0.95, 'deadline-date': 0.95 };

const { extractActionItems } = createRequire(import.meta.url)(modulePath);
const docs = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const lines = docs.map((d) => {
  const items = extractActionItems(d.text, { docDate: d.doc_date ?? null });
  return JSON.stringify({ id: d.id, items });
});

const dir = mkdtempSync(join(tmpdir(), 'extractor-eval-'));
const predPath = join(dir, 'pred.jsonl');
writeFileSync(predPath, lines.join('\n') + '\n');
const run = spawnSync(process.execPath, [scorer, '--gold', corpus, '--pred', predPath, '--verbose'], { encoding: 'utf8' });
rmSync(dir, { recursive: true, force: true });
process.stdout.write(run.stdout);
process.stderr.write(run.stderr);

const summary = run.stdout.split('\n').reverse().find((l) => l.startsWith('extractor:'));
if (!summary) {
  console.error('eval: the scorer printed no summary line');
  process.exit(1);
}
// A figure the scorer could not compute ("n/a": no gold item has a date) passes; a missing one fails.
const figure = (name) => {
  const m = new RegExp(`${name} (\\d+\\.\\d+|n/a)`).exec(summary);
  if (!m) return undefined;
  return m[1] === 'n/a' ? null : Number(m[1]);
};
const failed = Object.entries(THRESHOLDS).filter(([name, min]) => {
  const value = figure(name);
  return value === undefined || (value !== null && value < min);
});
for (const [name, min] of failed) console.error(`eval: ${name} ${figure(name)} is below ${min}`);
process.exit(failed.length ? 1 : 0);
