// Official documents of a meeting: assembles the exporter's input from the database, takes a number from the
// register (state: per calendar year; Party: per term), renders the .docx, saves it through the file port and
// records the file's hash. A draft takes no number; issuing the same document again keeps its number.
import { createHash } from 'node:crypto';
import type { Regime } from '../../../shared/domain/types';
import { buildDocumentModel, exportDocument, formatDocumentNumber, profileFor, type DocModel, type DocumentKind, type ExportSource } from '../../../shared/docx';
import { splitMinutes } from '../../../shared/editor/minutesDoc';
import { AppError } from '../../../shared/ipc/result';
import type { ServiceContext } from '../context';
import { writeFileAtomic } from '../files';
import { meetingNotFound } from './meetings';

export type ExportRequest = { meetingId: number; kind: DocumentKind; regime?: Regime; draft: boolean };
export type ExportResult = { path: string | null; fileName: string; number: string | null; contentBase64: string | null };

const KIND_NAMES: Record<DocumentKind, string> = { minutes: 'Biên bản', notice: 'Thông báo kết luận' };

export function makeDocumentsService(ctx: ServiceContext) {
  const { db, repos } = ctx;
  /** Files this app wrote in this run: the only ones `open` will hand to the system. */
  const written = new Set<string>();

  function source(meetingId: number, regime: Regime | undefined, issue: Pick<ExportSource, 'number' | 'issuedOn' | 'draft'>): ExportSource {
    const meeting = repos.meetings.get(meetingId);
    const minutes = repos.minutes.get(meetingId);
    if (!meeting || !minutes) throw meetingNotFound(meetingId);
    const organization = repos.organization.get();
    const { proceedings, conclusions } = splitMinutes(minutes.content);
    const actionItems = repos.actionItems
      .listForMeeting(meetingId)
      .filter((i) => i.review === 'accepted')
      .map(({ lead, support, task, deadline }) => ({ lead, support, task, deadline }));
    return { organization: { ...organization, regime: regime ?? organization.regime }, meeting, proceedings, conclusions, actionItems, ...issue };
  }

  /** The register's period: the calendar year (state) or the committee's term (Party). */
  function periodKey(regime: Regime, issuedOn: string): string {
    if (profileFor(regime).numbering.reset === 'year') return issuedOn.slice(0, 4);
    return `term:${repos.organization.get().termStart ?? 'current'}`;
  }

  /** The number this document carries: the one it was issued with before, or the next of its period. */
  function takeNumber(meetingId: number, kind: DocumentKind, regime: Regime) {
    return db.transaction(() => {
      const existing = repos.documentNumbers.findForMeeting(kind, meetingId);
      if (existing) return existing;
      const issuedOn = ctx.today();
      const issued = repos.documentNumbers.issue(kind, periodKey(regime, issuedOn), meetingId, issuedOn, ctx.stamp());
      repos.audit.record({ at: ctx.stamp(), action: 'document.number', entity: 'meeting', entityId: meetingId, detail: { kind, number: issued.number } });
      return issued;
    })();
  }

  return {
    /** Page content as `export` with the same request would print it, without issuing anything. */
    preview(request: ExportRequest): { model: DocModel; issuedNumber: string | null } {
      const { meetingId, kind, draft } = request;
      const regime = request.regime ?? repos.organization.get().regime;
      const existing = repos.documentNumbers.findForMeeting(kind, meetingId);
      const issuedOn = existing?.issuedOn ?? ctx.today();
      const number = draft ? null : (existing?.number ?? repos.documentNumbers.peekNext(kind, periodKey(regime, issuedOn)));
      const src = source(meetingId, regime, { number, issuedOn, draft });
      const issuedNumber = existing ? formatDocumentNumber(regime, kind, existing.number, src.organization.symbol) : null;
      return { model: buildDocumentModel(kind, src, profileFor(regime)), issuedNumber };
    },

    /** Renders and saves; `target` (CLI) skips the port's save dialog. */
    async export(request: ExportRequest, target?: string): Promise<ExportResult> {
      const meeting = repos.meetings.get(request.meetingId);
      if (!meeting) throw meetingNotFound(request.meetingId);
      const regime = request.regime ?? repos.organization.get().regime;
      const issued = request.draft ? null : takeNumber(request.meetingId, request.kind, regime);
      const src = source(request.meetingId, regime, { number: issued?.number ?? null, issuedOn: issued?.issuedOn ?? ctx.today(), draft: request.draft });
      const number = issued ? formatDocumentNumber(regime, request.kind, issued.number, src.organization.symbol) : null;
      const bytes = await exportDocument(request.kind, src);
      const fileName = `${KIND_NAMES[request.kind]} ${number ? number.replace(/\//g, '-') : 'dự thảo'} - ${meeting.title}`.slice(0, 140) + '.docx';
      const file = target ?? (await ctx.files.chooseSavePath(fileName));
      if (file) {
        try {
          writeFileAtomic(file, bytes);
        } catch (e) {
          throw new AppError('IO', `Không ghi được tệp / Could not write the file: ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
        }
        written.add(file);
        if (issued) repos.documentNumbers.recordHash(issued.id, createHash('sha256').update(bytes).digest('hex'));
      }
      return { path: file, fileName, number, contentBase64: Buffer.from(bytes).toString('base64') };
    },

    async open(file: string) {
      if (!written.has(file)) throw new AppError('NOT_FOUND', 'Chỉ mở được tệp vừa xuất / Only files exported in this session can be opened');
      await ctx.files.openPath(file);
      return {};
    },
  };
}
