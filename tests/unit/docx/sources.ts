// Test inputs: the two fixture meeting files as export sources (Party seed and a state Sở meeting), read from
// tests/fixtures so the tests stand alone in a fresh clone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportSource } from '../../../shared/docx';
import { meetingFileToExportSource, parseMeetingFile } from '../../../shared/meetingFile';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures');

export function readFixture(file: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'));
}

const ISSUES = {
  seed: { file: 'seed-meeting.json', number: 5, issuedOn: '2020-06-11' },
  state: { file: 'state-meeting.json', number: 12, issuedOn: '2024-07-05' },
} as const;

export function loadSource(name: keyof typeof ISSUES, overrides: Partial<ExportSource> = {}): ExportSource {
  const { file, number, issuedOn } = ISSUES[name];
  const parsed = parseMeetingFile(readFixture(file));
  if (!parsed.ok) throw new Error(`fixture ${file} does not parse: ${JSON.stringify(parsed.problems)}`);
  return { ...meetingFileToExportSource(parsed.value, { number, issuedOn, draft: false }), ...overrides };
}
