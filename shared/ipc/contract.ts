// The one declaration of every call between the UI and the backend: name, input schema, output schema.
// Electron's ipcMain, the preload bridge, the browser-mode HTTP server and the renderer's typed client are
// all derived from this object. Adding a call = one entry here, one service method, one test.
import { z } from 'zod';
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
  /** Saves the editor document; `baseRevision` must be the revision the editor last loaded or saved. */
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
