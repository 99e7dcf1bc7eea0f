// A parsed meeting file as the exporter's input: paragraphs become editor content; the register's number, the
// date line and the draft flag are the caller's, since a file carries none of them.
import type { ExportSource } from '../docx/source';
import { paragraphsToRich } from '../editor/richText';
import type { MeetingFile } from './schema';

export function meetingFileToExportSource(file: MeetingFile, issue: { number: number | null; issuedOn: string; draft: boolean }): ExportSource {
  const { minutes, conclusions, ...meeting } = file.meeting;
  return {
    organization: file.organization,
    meeting,
    proceedings: paragraphsToRich(minutes),
    conclusions: paragraphsToRich(conclusions),
    actionItems: file.actionItems,
    ...issue,
  };
}
