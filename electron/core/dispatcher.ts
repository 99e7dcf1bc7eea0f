// The one place where a call crosses into the backend: look up the channel, validate the input against the
// contract, run the service, validate its output, and turn every outcome into a Result envelope.
// Electron's ipcMain and the browser-mode HTTP server both call `dispatch`; neither validates on its own.
import { z } from 'zod';
import { contract, isChannel, type Channel, type Output, type ParsedInput } from '../../shared/ipc/contract';
import { formatPath } from '../../shared/ipc/jsonPath';
import { AppError, fail, ok, type Result } from '../../shared/ipc/result';

export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => Output<C> | Promise<Output<C>> };
export type Logger = { error(message: string, detail?: unknown): void };

/** "meeting.attendees[2].presence: Invalid option" for each problem, so the UI can say which field is wrong. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 10)
    .map((issue) => `${formatPath(issue.path) || '(input)'}: ${issue.message}`)
    .join('; ');
}

/** SQLite reports a full disk or a read-only file as codes; the user should hear about the disk, not a bug. */
function ioErrorOf(e: unknown): AppError | null {
  const code = (e as { code?: unknown })?.code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return new AppError('IO', 'Ổ đĩa đã đầy, chưa lưu được thay đổi; dữ liệu đã lưu trước đó vẫn an toàn / The disk is full: the change was not saved; earlier data is safe');
  }
  if (code === 'SQLITE_READONLY' || code === 'EACCES' || code === 'EROFS') {
    return new AppError('IO', 'Không ghi được tệp dữ liệu (chỉ đọc) / The data file cannot be written (read-only)');
  }
  if (code === 'SQLITE_BUSY') return new AppError('CONFLICT', 'Cơ sở dữ liệu đang bận, hãy thử lại / The database is busy, try again');
  return null;
}

export function createDispatcher(handlers: Handlers, log: Logger) {
  return async function dispatch(channel: string, payload: unknown): Promise<Result<unknown>> {
    if (!isChannel(channel)) {
      return fail('UNKNOWN_CHANNEL', `Không có lệnh "${channel.slice(0, 100)}" / Unknown call "${channel.slice(0, 100)}"`);
    }
    const spec = contract[channel];
    const parsed = spec.input.safeParse(payload);
    if (!parsed.success) {
      return fail('VALIDATION', `Dữ liệu không hợp lệ / Invalid input: ${describeIssues(parsed.error)}`);
    }
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      const value = await handler(parsed.data);
      const checked = spec.output.safeParse(value);
      if (!checked.success) {
        log.error(`output of ${channel} does not match the contract`, describeIssues(checked.error));
        return fail('INTERNAL', 'Lỗi nội bộ, chi tiết đã ghi vào nhật ký / Internal error, details are in the log');
      }
      return ok(checked.data);
    } catch (e) {
      const known = e instanceof AppError ? e : ioErrorOf(e);
      if (known) return fail(known.code, known.message);
      log.error(`${channel} failed`, e);
      return fail('INTERNAL', 'Lỗi nội bộ, chi tiết đã ghi vào nhật ký / Internal error, details are in the log');
    }
  };
}
export type Dispatch = ReturnType<typeof createDispatcher>;
