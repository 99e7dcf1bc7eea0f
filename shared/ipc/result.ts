// How results and errors cross every process boundary: as data, never as thrown exceptions or stack traces.
import { z } from 'zod';

export const ErrorCode = z.enum([
  'VALIDATION', // the input does not match the contract
  'NOT_FOUND', // the record asked for does not exist
  'CONFLICT', // the record changed or is frozen (signed content)
  'UNKNOWN_CHANNEL', // no such call in the contract
  'TOO_LARGE', // the payload exceeds the boundary's limit
  'IO', // the disk or a file failed (full disk, unreadable file)
  'UNAUTHORIZED', // browser mode: missing or wrong token
  'INTERNAL', // a bug: details are in the log, not in the message
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export type AppErrorData = { code: ErrorCode; message: string };
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });

/** The one error type services throw; the dispatcher turns it into `{ok:false, error}`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
