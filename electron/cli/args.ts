// A small argument reader for the CLI: positional words and --flag / --flag value options.
import { AppError } from '../../shared/ipc/result';

export type Args = { words: string[]; flags: Map<string, string | true> };

const BOOLEAN_FLAGS = new Set(['--jsonl', '--accept-all', '--draft', '--help']);

export function parseArgs(argv: string[]): Args {
  const words: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) words.push(a);
    else if (BOOLEAN_FLAGS.has(a)) flags.set(a, true);
    else {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new AppError('VALIDATION', `${a} cần một giá trị / ${a} needs a value`);
      flags.set(a, value);
      i++;
    }
  }
  return { words, flags };
}

export const flag = (args: Args, name: string): string | undefined => {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
};

export function requiredFlag(args: Args, name: string): string {
  const v = flag(args, name);
  if (v === undefined) throw new AppError('VALIDATION', `Thiếu ${name} / Missing ${name}`);
  return v;
}

export function intFlag(args: Args, name: string): number {
  const raw = requiredFlag(args, name);
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new AppError('VALIDATION', `${name} phải là số nguyên / ${name} must be a whole number: ${raw}`);
  return n;
}
