// Reading a meeting file: JSON value (or raw text) to a validated MeetingFile, or every problem with its JSON path
// (`meeting.attendees[2].presence`) and a message in Vietnamese, then English. Never throws on bad input.
import type { z } from 'zod';
import { formatPath } from '../ipc/jsonPath';
import { MAX_PARAGRAPH_CHARS, MAX_TOTAL_CHARS, MEETING_FILE_FORMAT, MeetingFileSchema, type MeetingFile } from './schema';

export type MeetingFileProblem = { path: string; message: string };
export type MeetingFileResult = { ok: true; value: MeetingFile } | { ok: false; problems: MeetingFileProblem[] };

/** Raw file text beyond this is refused before parsing: a meeting file is tens of kilobytes. */
export const MAX_FILE_CHARS = 8_000_000;

export function parseMeetingFile(json: unknown): MeetingFileResult {
  // reportInput tells a missing field (input undefined) from a wrong type.
  const result = MeetingFileSchema.safeParse(json, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: result.error.issues.flatMap(toProblems) };
}

/** The same from the file's text, refusing oversized text and JSON syntax errors with the same kind of problem. */
export function readMeetingFile(text: string): MeetingFileResult {
  if (text.length > MAX_FILE_CHARS) {
    return fail('', `Tệp quá lớn (tối đa ${MAX_FILE_CHARS.toLocaleString('vi-VN')} ký tự) / File too large (at most ${MAX_FILE_CHARS.toLocaleString('en-US')} characters)`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail('', `Tệp không phải JSON hợp lệ / Not valid JSON: ${(error as Error).message}`);
  }
  return parseMeetingFile(json);
}

function fail(path: string, message: string): MeetingFileResult {
  return { ok: false, problems: [{ path, message }] };
}

function toProblems(issue: z.core.$ZodIssue): MeetingFileProblem[] {
  const path = formatPath(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: 'Trường không được hỗ trợ / Unknown field' }));
    case 'invalid_type':
      return [
        {
          path,
          message:
            issue.input === undefined
              ? 'Thiếu trường bắt buộc / Missing required field'
              : `Sai kiểu dữ liệu: cần ${typeName(issue.expected)} / Wrong type: expected ${issue.expected}`,
        },
      ];
    case 'invalid_value':
      return [
        {
          path,
          message:
            path === 'format'
              ? `Định dạng tệp không được hỗ trợ, cần "${MEETING_FILE_FORMAT}" / Unsupported file format, expected "${MEETING_FILE_FORMAT}"`
              : `Giá trị không hợp lệ, cần một trong: ${issue.values.map(String).join(', ')} / Invalid value, expected one of: ${issue.values.map(String).join(', ')}`,
        },
      ];
    case 'invalid_format':
      return [{ path, message: formatMessage(issue.pattern) }];
    case 'too_big':
      return [
        {
          path,
          message:
            issue.origin === 'string'
              ? `Văn bản quá dài (tối đa ${issue.maximum} ký tự) / Text too long (at most ${issue.maximum} characters)`
              : `Quá nhiều mục (tối đa ${issue.maximum}) / Too many items (at most ${issue.maximum})`,
        },
      ];
    case 'too_small':
      return [{ path, message: 'Không được để trống / Must not be empty' }];
    case 'custom':
      return [{ path, message: CUSTOM_MESSAGES[issue.message] ?? `${issue.message}` }];
    default:
      return [{ path, message: `Giá trị không hợp lệ / Invalid value: ${issue.message}` }];
  }
}

/** The domain's own refinements and ours, by their (English) message. */
const CUSTOM_MESSAGES: Record<string, string> = {
  'not a calendar date': 'Ngày không có thật / Not a real calendar date',
  'not a real date-time': 'Ngày giờ không có thật / Not a real date and time',
  'end-before-start': 'Giờ kết thúc trước giờ bắt đầu / The end is before the start',
  'total-too-long': `Tổng độ dài văn bản vượt quá ${MAX_TOTAL_CHARS.toLocaleString('vi-VN')} ký tự / Total text exceeds ${MAX_TOTAL_CHARS.toLocaleString('en-US')} characters (each paragraph at most ${MAX_PARAGRAPH_CHARS})`,
};

function formatMessage(pattern: RegExp | string | undefined): string {
  const source = typeof pattern === 'string' ? pattern : (pattern?.source ?? '');
  if (source.includes('T')) return 'Ngày giờ không hợp lệ, cần dạng YYYY-MM-DDTHH:MM / Invalid date-time, expected YYYY-MM-DDTHH:MM';
  if (source.includes('\\d{4}')) return 'Ngày không hợp lệ, cần dạng YYYY-MM-DD / Invalid date, expected YYYY-MM-DD';
  return 'Sai định dạng / Invalid format';
}

function typeName(expected: string): string {
  const names: Record<string, string> = { string: 'chuỗi', number: 'số', boolean: 'đúng/sai', array: 'danh sách', object: 'đối tượng', null: 'null' };
  return names[expected] ?? expected;
}
