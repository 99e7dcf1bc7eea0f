// Reading a refused meeting file's problems out of the backend's message (renderer/src/features/files/importProblems.ts).
import { describe, expect, it } from 'vitest';
import { importProblems } from '../../../renderer/src/features/files/importProblems';

describe('import problems', () => {
  it('splits the problems and sets each JSON path apart', () => {
    const message =
      'Tệp cuộc họp không hợp lệ / Invalid meeting file: meeting.attendees[2].presence: Giá trị không hợp lệ, cần một trong: present, absent / Invalid value; meeting.title: Thiếu trường bắt buộc / Missing required field';
    expect(importProblems(message)).toEqual([
      { path: 'meeting.attendees[2].presence', message: 'Giá trị không hợp lệ, cần một trong: present, absent / Invalid value' },
      { path: 'meeting.title', message: 'Thiếu trường bắt buộc / Missing required field' },
    ]);
  });

  it('keeps a problem without a path whole', () => {
    const message = 'Tệp cuộc họp không hợp lệ / Invalid meeting file: Tệp không phải JSON hợp lệ / Not valid JSON: Unexpected token } in JSON';
    expect(importProblems(message)).toEqual([{ path: '', message: 'Tệp không phải JSON hợp lệ / Not valid JSON: Unexpected token } in JSON' }]);
  });

  it('finds nothing in a message of another shape', () => {
    expect(importProblems('Dữ liệu chưa hợp lệ')).toEqual([]);
  });
});
