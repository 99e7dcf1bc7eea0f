// Reads the problems out of a refused meeting file's error message, which the backend words as
// "<vi> / <en>: path: message; path: message; …" (electron/core/services/meetingFiles.ts), so the import can show
// them as a list with each JSON path set apart.
export type ImportProblem = { path: string; message: string };

const HEADER = /^[^:]*\/[^:]*:\s*/;
/** A JSON path as the schema prints it: `meeting.attendees[2].presence`, no spaces. */
const PATH = /^([\w$]+(?:\.[\w$]+|\[\d+\])*):\s*(.*)$/s;

export function importProblems(message: string): ImportProblem[] {
  if (!HEADER.test(message)) return [];
  return message
    .replace(HEADER, '')
    .split('; ')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = PATH.exec(part);
      return match ? { path: match[1], message: match[2] } : { path: '', message: part };
    });
}
