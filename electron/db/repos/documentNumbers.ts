// The register of issued document numbers. A number is unique per document type within its period (a calendar
// year for state bodies, the committee's term for Party bodies); a document issued again keeps its number.
import type { Db } from '../connection';

export type IssuedNumber = { id: number; docType: string; periodKey: string; number: number; meetingId: number | null; issuedOn: string; fileHash: string | null };
type Row = { id: number; doc_type: string; period_key: string; number: number; meeting_id: number | null; issued_on: string; file_hash: string | null };

const toIssued = (r: Row): IssuedNumber => ({
  id: r.id,
  docType: r.doc_type,
  periodKey: r.period_key,
  number: r.number,
  meetingId: r.meeting_id,
  issuedOn: r.issued_on,
  fileHash: r.file_hash,
});

export function makeDocumentNumbersRepo(db: Db) {
  const forMeeting = db.prepare<[string, number], Row>('SELECT * FROM document_numbers WHERE doc_type = ? AND meeting_id = ? ORDER BY id DESC LIMIT 1');
  const highest = db.prepare<[string, string], { n: number | null }>('SELECT max(number) n FROM document_numbers WHERE doc_type = ? AND period_key = ?');
  const insert = db.prepare(
    'INSERT INTO document_numbers (doc_type, period_key, number, meeting_id, issued_on, file_hash, created_at) VALUES (?, ?, ?, ?, ?, NULL, ?)',
  );
  const setHash = db.prepare('UPDATE document_numbers SET file_hash = ? WHERE id = ?');
  const all = db.prepare<[], Row>('SELECT * FROM document_numbers ORDER BY id');
  return {
    findForMeeting: (docType: string, meetingId: number): IssuedNumber | null => {
      const r = forMeeting.get(docType, meetingId);
      return r ? toIssued(r) : null;
    },
    /** The number the next document of this type and period would take. */
    peekNext: (docType: string, periodKey: string): number => (highest.get(docType, periodKey)?.n ?? 0) + 1,
    /** Takes the next number of the period; call inside a transaction with the lookup. */
    issue(docType: string, periodKey: string, meetingId: number, issuedOn: string, now: string): IssuedNumber {
      const number = (highest.get(docType, periodKey)?.n ?? 0) + 1;
      const id = Number(insert.run(docType, periodKey, number, meetingId, issuedOn, now).lastInsertRowid);
      return { id, docType, periodKey, number, meetingId, issuedOn, fileHash: null };
    },
    recordHash: (id: number, hash: string) => setHash.run(hash, id),
    list: (): IssuedNumber[] => all.all().map(toIssued),
  };
}
export type DocumentNumbersRepo = ReturnType<typeof makeDocumentNumbersRepo>;
