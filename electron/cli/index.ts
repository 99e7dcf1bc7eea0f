#!/usr/bin/env node
// The command line: browser mode (`serve`), database maintenance, the extractor's JSON Lines protocol,
// meeting files and Word export. Errors go to stderr in one line with a non-zero exit.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { extractActionItems } from '../../shared/extractor';
import { AppError } from '../../shared/ipc/result';
import { openBackend, type Backend } from '../core/backend';
import { writeFileAtomic } from '../core/files';
import { defaultDatabasePath } from '../core/paths';
import { makeDocumentsService } from '../core/services/documents';
import { backupDatabase, checkDatabase, restoreDatabase } from '../db/maintenance';
import { startServer } from '../server/server';
import { flag, intFlag, parseArgs, requiredFlag, type Args } from './args';

const VERSION: string = require('../../../package.json').version;

const USAGE = `Biên Bản ${VERSION}
  serve [--db FILE] [--port N]                     browser mode on 127.0.0.1
  db check|backup --out FILE|restore FILE [--db FILE]
  extract --jsonl                                   JSON Lines {id, doc_date, text} in, {id, items} out
  extract --db FILE --meeting ID [--accept-all]     proposals for a stored meeting
  import MEETING.json                               a portable meeting file → {"meetingId"}
  export-meeting --meeting ID --out MEETING.json    the meeting as a portable file
  export --meeting ID --kind minutes|notice --out FILE.docx [--regime state|party] [--draft]`;

const dbPath = (args: Args) => path.resolve(flag(args, '--db') ?? defaultDatabasePath());

function withBackend<T>(args: Args, run: (backend: Backend) => Promise<T>): Promise<T> {
  const backend = openBackend({ version: VERSION, databasePath: dbPath(args), mode: 'browser' });
  return run(backend).finally(() => backend.close());
}

/** Calls the contract exactly as the UI does, turning an error envelope into an exception. */
async function call<T>(backend: Backend, channel: string, payload: unknown): Promise<T> {
  const result = await backend.dispatch(channel, payload);
  if (!result.ok) throw new AppError(result.error.code, result.error.message);
  return result.value as T;
}

const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);

async function serve(args: Args) {
  const backend = openBackend({ version: VERSION, databasePath: dbPath(args), mode: 'browser' });
  const port = flag(args, '--port') === undefined ? 0 : intFlag(args, '--port');
  const server = await startServer({ dispatch: backend.dispatch, staticDir: path.join(__dirname, '..', '..', 'renderer'), port });
  process.stdout.write(`${server.url}\n`);
  const stop = () => server.close().then(() => { backend.close(); process.exit(0); });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function db(args: Args) {
  const [, sub, file] = args.words;
  const target = dbPath(args);
  if (sub === 'check') {
    const report = checkDatabase(target);
    print(report);
    if (!report.ok) process.exitCode = 1;
  } else if (sub === 'backup') {
    const out = path.resolve(requiredFlag(args, '--out'));
    backupDatabase(target, out);
    print({ backup: out });
  } else if (sub === 'restore') {
    if (!file) throw new AppError('VALIDATION', 'Thiếu tệp cần khôi phục / Missing the file to restore');
    print({ restored: path.resolve(file), previous: restoreDatabase(target, path.resolve(file)).previous });
  } else throw new AppError('VALIDATION', `Lệnh db không rõ / Unknown db command: ${sub ?? ''}`);
}

async function extractJsonl() {
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    let doc: { id?: unknown; doc_date?: unknown; text?: unknown };
    try {
      doc = JSON.parse(line);
    } catch {
      console.error(`dòng ${lineNo}: không phải JSON / line ${lineNo}: not JSON`);
      process.exitCode = 1;
      continue;
    }
    if (typeof doc.text !== 'string') {
      console.error(`dòng ${lineNo}: thiếu "text" / line ${lineNo}: missing "text"`);
      process.exitCode = 1;
      continue;
    }
    const docDate = typeof doc.doc_date === 'string' ? doc.doc_date : null;
    try {
      print({ id: doc.id ?? null, items: extractActionItems(doc.text, { docDate }) });
    } catch (e) {
      // One document the extractor cannot read must not cost the others their answers.
      console.error(`dòng ${lineNo}: lỗi trích xuất / line ${lineNo}: extractor error: ${(e as Error).message}`);
      print({ id: doc.id ?? null, items: [] });
    }
  }
}

async function extractStored(args: Args) {
  const meetingId = intFlag(args, '--meeting');
  await withBackend(args, async (backend) => {
    const proposals = await call<{ proposals: { review: string; lead: string[]; support: string[]; task: string; deadline: unknown; span: unknown; sourceText: string }[] }>(
      backend, 'actionItems:propose', { meetingId },
    );
    if (args.flags.has('--accept-all')) {
      for (const p of proposals.proposals.filter((x) => x.review === 'new')) {
        await call(backend, 'actionItems:review', {
          meetingId,
          review: 'accepted',
          item: { lead: p.lead, support: p.support, task: p.task, deadline: p.deadline },
          span: p.span,
          sourceText: p.sourceText,
        });
      }
      print(await call(backend, 'actionItems:propose', { meetingId }));
    } else print(proposals);
  });
}

async function importMeeting(args: Args) {
  const file = args.words[1];
  if (!file) throw new AppError('VALIDATION', 'Thiếu tệp cuộc họp / Missing the meeting file');
  const content = readTextFile(path.resolve(file));
  await withBackend(args, async (backend) => print(await call(backend, 'meetings:import', { content })));
}

async function exportMeeting(args: Args) {
  const out = path.resolve(requiredFlag(args, '--out'));
  await withBackend(args, async (backend) => {
    const file = await call<{ content: string }>(backend, 'meetings:exportFile', { id: intFlag(args, '--meeting') });
    writeFileAtomic(out, Buffer.from(`${file.content}\n`, 'utf8'));
    print({ path: out });
  });
}

async function exportDocument(args: Args) {
  const kind = requiredFlag(args, '--kind');
  const regime = flag(args, '--regime');
  if (kind !== 'minutes' && kind !== 'notice') throw new AppError('VALIDATION', `--kind phải là minutes hoặc notice / --kind must be minutes or notice: ${kind}`);
  if (regime !== undefined && regime !== 'state' && regime !== 'party') throw new AppError('VALIDATION', `--regime phải là state hoặc party / --regime must be state or party: ${regime}`);
  const out = path.resolve(requiredFlag(args, '--out'));
  await withBackend(args, async (backend) => {
    const result = await makeDocumentsService(backend.context).export(
      { meetingId: intFlag(args, '--meeting'), kind, regime, draft: args.flags.has('--draft') },
      out,
    );
    print({ path: result.path, number: result.number });
  });
}

function readTextFile(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new AppError('IO', `Không đọc được tệp / Cannot read the file: ${file} (${(e as NodeJS.ErrnoException).code ?? ''})`);
  }
}

async function main(argv: string[]) {
  const args = parseArgs(argv);
  const command = args.words[0];
  switch (command) {
    case 'serve':
      return serve(args);
    case 'db':
      return db(args);
    case 'extract':
      return args.flags.has('--jsonl') ? extractJsonl() : extractStored(args);
    case 'import':
      return importMeeting(args);
    case 'export-meeting':
      return exportMeeting(args);
    case 'export':
      return exportDocument(args);
    case undefined:
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return;
    default:
      throw new AppError('VALIDATION', `Lệnh không rõ / Unknown command: ${command}`);
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  const message = e instanceof AppError ? e.message : (e as Error)?.message ?? String(e);
  process.stderr.write(`bien-ban: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(e instanceof AppError && e.code === 'VALIDATION' ? 2 : 1);
});
