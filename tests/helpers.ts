// Test helpers: temporary folders, a fixed clock, a captured log and a sample meeting.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { MeetingInput } from '../shared/domain/types';

const made: string[] = [];
afterEach(() => {
  while (made.length) fs.rmSync(made.pop()!, { recursive: true, force: true });
});

/** A fresh folder removed after the test. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bien-ban-test-'));
  made.push(dir);
  return dir;
}

export const fixedClock = (iso = '2020-06-11T09:00:00.000Z') => () => new Date(iso);

/** Errors logged by the dispatcher, kept for assertions instead of printed. */
export function captureLog() {
  const errors: { message: string; detail: unknown }[] = [];
  return { errors, log: { error: (message: string, detail?: unknown) => errors.push({ message, detail }) } };
}

export function sampleMeeting(overrides: Partial<MeetingInput> = {}): MeetingInput {
  return {
    title: 'Buổi làm việc triển khai nhiệm vụ thời gian tới',
    kind: 'buổi làm việc',
    start: '2020-06-11T08:00',
    end: '2020-06-11T11:30',
    location: 'Phòng họp tầng 3, Tỉnh ủy Hải Dương',
    chair: { name: 'Nguyễn Quang Phúc', title: 'Trưởng Ban Tuyên giáo Tỉnh ủy', signingTitle: 'PHÓ TRƯỞNG TIỂU BAN', authority: 'K/T TRƯỞNG TIỂU BAN' },
    secretary: { name: 'Trần Thu Hà', title: 'Thư ký Tiểu ban' },
    attendees: [
      { name: 'Lê Văn Minh', title: 'Phó Giám đốc', unit: 'Sở Thông tin và Truyền thông', presence: 'present', note: '' },
      { name: 'Phạm Thị Đào', title: 'Trưởng phòng', unit: 'Sở Văn hóa, Thể thao và Du lịch', presence: 'absent', note: 'đi công tác' },
      { name: 'Đỗ Đức Anh', title: 'Phó Tổng Biên tập', unit: 'Báo Hải Dương', presence: 'substitute', note: 'thay đồng chí Tổng Biên tập' },
    ],
    agenda: ['Đánh giá kết quả đạt được', 'Triển khai nhiệm vụ thời gian tới'],
    recipients: ['Thường trực Tỉnh ủy (để báo cáo)', 'Các đồng chí thành viên Tiểu ban'],
    ...overrides,
  };
}
