// The portable meeting file: the sample parses; missing fields, wrong types, bad dates, unknown regimes, unknown
// fields and 50 MB of text are refused, every problem with its JSON path and a Vietnamese-then-English message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraphsToRich, richToParagraphs } from '../../../shared/editor/richText';
import { formatPath } from '../../../shared/ipc/jsonPath';
import { parseMeetingFile, readMeetingFile } from '../../../shared/meetingFile';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const seedText = readFileSync(join(FIXTURES, 'seed-meeting.json'), 'utf8');
const seed = () => JSON.parse(seedText);

function problemsOf(file: unknown) {
  const result = parseMeetingFile(file);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

describe('parseMeetingFile', () => {
  it('accepts the seed sample and the state fixture, filling the optional fields', () => {
    const result = parseMeetingFile(seed());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.organization.termStart).toBeNull();
    expect(result.value.meeting.attendees[0].note).toBe('');
    expect(result.value.actionItems).toHaveLength(10);
    expect(parseMeetingFile(JSON.parse(readFileSync(join(FIXTURES, 'state-meeting.json'), 'utf8'))).ok).toBe(true);
  });

  it('reports a missing field with its path', () => {
    const file = seed();
    delete file.meeting.chair.name;
    expect(problemsOf(file)).toEqual([{ path: 'meeting.chair.name', message: 'Thiếu trường bắt buộc / Missing required field' }]);
  });

  it('reports a wrong type and a bad presence with their paths', () => {
    const file = seed();
    file.meeting.attendees[2].presence = 'late';
    file.meeting.agenda = 'one item';
    const problems = problemsOf(file);
    expect(problems).toContainEqual({ path: 'meeting.agenda', message: 'Sai kiểu dữ liệu: cần danh sách / Wrong type: expected array' });
    expect(problems.find((p) => p.path === 'meeting.attendees[2].presence')?.message).toMatch(/^Giá trị không hợp lệ.*present, absent, substitute/);
  });

  it('refuses bad dates: wrong shape, impossible day, end before start', () => {
    const file = seed();
    file.meeting.start = '11/06/2020 08:00';
    file.actionItems[6].deadline = { text: 'x', kind: 'date', iso: '2020-02-30' };
    const problems = problemsOf(file);
    expect(problems).toContainEqual({ path: 'meeting.start', message: 'Ngày giờ không hợp lệ, cần dạng YYYY-MM-DDTHH:MM / Invalid date-time, expected YYYY-MM-DDTHH:MM' });
    expect(problems).toContainEqual({ path: 'actionItems[6].deadline.iso', message: 'Ngày không có thật / Not a real calendar date' });
    const reversed = seed();
    reversed.meeting.end = '2020-06-11T07:00';
    expect(problemsOf(reversed)).toEqual([{ path: 'meeting.end', message: 'Giờ kết thúc trước giờ bắt đầu / The end is before the start' }]);
  });

  it('refuses an unknown regime and an unknown format', () => {
    const file = seed();
    file.organization.regime = 'union';
    file.format = 'bienban.meeting/2';
    const problems = problemsOf(file);
    expect(problems.find((p) => p.path === 'organization.regime')?.message).toMatch(/state, party/);
    expect(problems.find((p) => p.path === 'format')?.message).toMatch(/^Định dạng tệp không được hỗ trợ.*Unsupported file format/);
  });

  it('refuses unknown fields at any depth, one problem per field', () => {
    const file = seed();
    file.colour = 'red';
    file.meeting.attendees[1].email = 'a@b.c';
    expect(problemsOf(file)).toEqual([
      { path: 'meeting.attendees[1].email', message: 'Trường không được hỗ trợ / Unknown field' },
      { path: 'colour', message: 'Trường không được hỗ trợ / Unknown field' },
    ].sort((a, b) => (a.path === 'colour' ? 1 : -1) - (b.path === 'colour' ? 1 : -1)));
  });

  it('refuses 50 MB of text with a clear message, in one paragraph or spread over many', () => {
    const big = 'a'.repeat(50 * 1024 * 1024);
    const oneParagraph = seed();
    oneParagraph.meeting.minutes = [big];
    expect(problemsOf(oneParagraph)).toContainEqual({ path: 'meeting.minutes[0]', message: 'Văn bản quá dài (tối đa 20000 ký tự) / Text too long (at most 20000 characters)' });
    const spread = seed();
    spread.meeting.minutes = Array.from({ length: 2600 }, () => 'b'.repeat(20_000));
    expect(problemsOf(spread)).toEqual([{ path: 'meeting', message: expect.stringMatching(/^Tổng độ dài văn bản vượt quá .* \/ Total text exceeds 2,000,000 characters/) }]);
    expect(readMeetingFile(JSON.stringify(oneParagraph))).toEqual({ ok: false, problems: [{ path: '', message: expect.stringMatching(/^Tệp quá lớn.*\/ File too large/) }] });
  });

  it('reads the file text and reports JSON syntax errors', () => {
    expect(readMeetingFile(seedText).ok).toBe(true);
    const bad = readMeetingFile('{"format": ');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0].message).toMatch(/^Tệp không phải JSON hợp lệ \/ Not valid JSON/);
  });

  it('formats paths the way a reader writes them', () => {
    expect(formatPath(['meeting', 'attendees', 2, 'presence'])).toBe('meeting.attendees[2].presence');
    expect(formatPath([])).toBe('');
  });
});

describe('paragraphs and editor content', () => {
  it('round-trips paragraphs, line breaks included, in NFC', () => {
    const paragraphs = ['Một đoạn.', 'Dòng một\nDòng hai', 'Tiếng Việt'.normalize('NFD')];
    const rich = paragraphsToRich(paragraphs);
    expect(rich.content?.[1].content?.map((n) => n.type)).toEqual(['text', 'hardBreak', 'text']);
    expect(richToParagraphs(rich)).toEqual(['Một đoạn.', 'Dòng một\nDòng hai', 'Tiếng Việt'.normalize('NFC')]);
  });

  it('flattens lists and headings of editor content to paragraphs', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', content: [{ type: 'text', text: 'Kết luận' }] },
        { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Việc một' }] }] }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ý' }] }] }] },
        { type: 'paragraph', content: [] },
      ],
    };
    expect(richToParagraphs(doc)).toEqual(['Kết luận', '1. Việc một', '- Ý']);
  });
});
