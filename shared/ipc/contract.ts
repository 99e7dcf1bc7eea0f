// The one declaration of every call between the UI and the backend: name, input schema, output schema.
// Electron's ipcMain, the preload bridge, the browser-mode HTTP server and the renderer's typed client are
// all derived from this object. Adding a call = one entry here, one service method, one test.
import { z } from 'zod';
import type { DocModel } from '../docx/model';
import {
  ActionItemDraft,
  Deadline,
  DeadlineKind,
  IsoDate,
  Meeting,
  MeetingInput,
  MeetingSummary,
  Organization,
  Person,
  PersonInput,
  Regime,
  RichDoc,
  SourceSpan,
  Unit,
  UnitInput,
} from '../domain/types';

const op = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

const Id = z.number().int().positive();
const ById = z.object({ id: Id });
const ByMeeting = z.object({ meetingId: Id });
const Empty = z.object({});

export const AppInfo = z.object({ version: z.string(), databasePath: z.string(), mode: z.enum(['electron', 'browser']) });

export const MinutesDoc = z.object({
  meetingId: Id,
  content: RichDoc,
  /** Increases on every save; a save based on an older revision is refused (another window wrote since). */
  revision: z.number().int().min(0),
  updatedAt: z.string(),
});
export type MinutesDoc = z.infer<typeof MinutesDoc>;

export const ReviewState = z.enum(['accepted', 'rejected']);
export type ReviewState = z.infer<typeof ReviewState>;

/** A reviewed action item as stored: accepted items are tracked, rejected ones are remembered so they are not proposed again. */
export const ActionItem = ActionItemDraft.extend({
  id: Id,
  meetingId: Id,
  review: ReviewState,
  /** Where it came from in the conclusions' plain text, and that text as it was when reviewed. */
  span: SourceSpan.nullable(),
  sourceText: z.string().nullable(),
  /** The sentence it came from has changed since it was reviewed. */
  stale: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ActionItem = z.infer<typeof ActionItem>;

/** What the extractor proposes for a meeting, joined with earlier review decisions. */
export const Proposal = ActionItemDraft.extend({
  key: z.string(),
  span: SourceSpan,
  sourceText: z.string(),
  confidence: z.number(),
  review: z.enum(['new', 'accepted', 'rejected']),
  actionItemId: Id.nullable(),
});
export type Proposal = z.infer<typeof Proposal>;

export const Proposals = z.object({
  conclusionsText: z.string(),
  proposals: z.array(Proposal),
  /** Accepted items whose sentence no longer appears in the conclusions. */
  orphans: z.array(ActionItem),
});
export type Proposals = z.infer<typeof Proposals>;

export const DocumentKind = z.enum(['minutes', 'notice']);

/** Page content of a document as the exporter lays it out (plain data), for the preview. */
const DocModelData = z.custom<DocModel>((v) => typeof v === 'object' && v !== null && 'header' in v && 'content' in v);

export const ExportedDocument = z.object({
  /** Where it was saved; null when the user cancelled the save dialog. */
  path: z.string().nullable(),
  fileName: z.string(),
  /** The register's number as printed ("05-TB/TBTT"); null for a draft. */
  number: z.string().nullable(),
  /** The file itself, so browser mode can offer it as a download. */
  contentBase64: z.string().nullable(),
});
export type ExportedDocument = z.infer<typeof ExportedDocument>;

/** Meeting files are JSON text; the server's 10 MB body limit and the file's own limits bound them. */
const MeetingFileText = z.string().max(10 * 1024 * 1024, 'Tệp cuộc họp quá lớn (tối đa 10 MB) / The meeting file is too large (at most 10 MB)');

export const contract = {
  /** @example invoke('app:info', {}) → { version: '0.1.0', databasePath: '…/bien-ban.sqlite', mode: 'browser' } */
  'app:info': op(Empty, AppInfo),

  'organization:get': op(Empty, Organization),
  'organization:update': op(Organization, Organization),

  'units:list': op(Empty, z.array(Unit)),
  /** Adds a unit to the directory; a name already there returns the existing unit. */
  'units:create': op(UnitInput, Unit),
  'people:list': op(Empty, z.array(Person)),
  'people:create': op(PersonInput, Person),

  /** Newest first; `query` filters by title, ignoring case and diacritics (đ included). */
  'meetings:list': op(z.object({ query: z.string().max(200).optional() }), z.array(MeetingSummary)),
  'meetings:get': op(ById, Meeting),
  /** @example invoke('meetings:create', { title: 'Họp giao ban tháng 6', kind: 'cuộc họp', start: '2020-06-11T08:00', … }) */
  'meetings:create': op(MeetingInput, Meeting),
  'meetings:update': op(z.object({ id: Id, meeting: MeetingInput }), Meeting),
  'meetings:delete': op(ById, Empty),

  'minutes:get': op(ByMeeting, MinutesDoc),
  /**
   * Saves the editor document; `baseRevision` must be the revision the editor last loaded or saved. Minutes over
   * about a thousand pages (a runaway paste) are refused with TOO_LARGE and nothing stored changes.
   */
  'minutes:save': op(
    z.object({ meetingId: Id, content: RichDoc, baseRevision: z.number().int().min(0) }),
    MinutesDoc.pick({ revision: true, updatedAt: true }),
  ),

  /** Runs the extractor on the minutes' Kết luận section and joins the result with earlier decisions. */
  'actionItems:propose': op(ByMeeting, Proposals),
  'actionItems:list': op(ByMeeting, z.array(ActionItem)),
  /** Accepts a proposal (possibly edited) or rejects it; both are remembered across re-runs. */
  'actionItems:review': op(
    z.object({
      meetingId: Id,
      review: ReviewState,
      item: ActionItemDraft,
      span: SourceSpan.nullable(),
      sourceText: z.string().max(20_000).nullable(),
    }),
    ActionItem,
  ),
  'actionItems:update': op(z.object({ id: Id, item: ActionItemDraft }), ActionItem),
  'actionItems:delete': op(ById, Empty),

  /**
   * Page content for the export preview, as `documents:export` with the same choices would print it: a draft
   * with blanks for the number; an official copy with the number it was issued with, or the one it would take.
   */
  'documents:preview': op(
    z.object({ meetingId: Id, kind: DocumentKind, regime: Regime.optional(), draft: z.boolean() }),
    z.object({ model: DocModelData, issuedNumber: z.string().nullable() }),
  ),
  /**
   * Renders the .docx in the organisation's regime (or `regime`), takes the register's next number unless
   * `draft`, and saves it (a save dialog in the app, the exports folder in browser mode).
   * @example invoke('documents:export', { meetingId: 1, kind: 'notice', draft: false }) → { number: '05-TB/TBTT', path: '…', … }
   */
  'documents:export': op(z.object({ meetingId: Id, kind: DocumentKind, regime: Regime.optional(), draft: z.boolean() }), ExportedDocument),
  /** Opens a file exported in this session with the system's default application. */
  'documents:open': op(z.object({ path: z.string().max(4096) }), Empty),

  /** Imports a portable meeting file (`bienban.meeting/1`); nothing is stored from an invalid file. */
  'meetings:import': op(z.object({ content: MeetingFileText }), z.object({ meetingId: Id })),
  /** The meeting as a portable meeting file (JSON text) and a suggested file name. */
  'meetings:exportFile': op(ById, z.object({ fileName: z.string(), content: z.string() })),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;

export const channels = Object.keys(contract) as Channel[];
export const isChannel = (name: string): name is Channel => Object.prototype.hasOwnProperty.call(contract, name);

// Re-exported so UI code can name the deadline vocabulary without reaching into domain/.
export { Deadline, DeadlineKind, IsoDate, Regime };
