// The domain vocabulary of Biên Bản: zod schemas and the types inferred from them.
// Pure data shapes shared by every runtime; must not import Node, DOM, Electron or SQL.
import { z } from 'zod';

/** `YYYY-MM-DD`, checked to be a real calendar day. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((s) => isRealDay(s), 'not a calendar date');
export type IsoDate = z.infer<typeof IsoDate>;

/** Local date-time without zone, `YYYY-MM-DDTHH:MM`: meetings happen in local office time. */
export const LocalDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'expected YYYY-MM-DDTHH:MM')
  .refine((s) => isRealDay(s.slice(0, 10)) && Number(s.slice(11, 13)) < 24 && Number(s.slice(14, 16)) < 60, 'not a real date-time');
export type LocalDateTime = z.infer<typeof LocalDateTime>;

function isRealDay(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Which formatting regime an organisation issues documents under. */
export const Regime = z.enum(['state', 'party']);
export type Regime = z.infer<typeof Regime>;

/** Short text fields: trimmed by the UI, bounded here so a paste cannot grow the database without end. */
const Text = (max = 500) => z.string().max(max);

export const Organization = z.object({
  regime: Regime,
  /** Parent body as printed in the header, capitals (e.g. "TỈNH ỦY HẢI DƯƠNG"). May be empty. */
  parent: Text(300),
  /** Issuing body as printed in the header, capitals. */
  name: Text(300),
  /** Symbol used in document numbers (e.g. "TBTT", "VP"). */
  symbol: Text(40),
  /** Place name of the date line (e.g. "Hải Dương"). */
  place: Text(100),
  /** Party regime: numbers run through the committee's term, which starts here. */
  termStart: IsoDate.nullable(),
});
export type Organization = z.infer<typeof Organization>;

export const Unit = z.object({
  id: z.number().int().positive(),
  name: Text(300).min(1),
  shortName: Text(100),
  aliases: z.array(Text(300)).max(50),
});
export type Unit = z.infer<typeof Unit>;
export const UnitInput = Unit.omit({ id: true });
export type UnitInput = z.infer<typeof UnitInput>;

export const Person = z.object({
  id: z.number().int().positive(),
  name: Text(200).min(1),
  title: Text(300),
  unit: Text(300),
});
export type Person = z.infer<typeof Person>;
export const PersonInput = Person.omit({ id: true });
export type PersonInput = z.infer<typeof PersonInput>;

export const Presence = z.enum(['present', 'absent', 'substitute']);
export type Presence = z.infer<typeof Presence>;

/** One line of the attendance list: a person, or a unit represented without a name. */
export const Attendee = z.object({
  name: Text(200),
  title: Text(300),
  unit: Text(300),
  presence: Presence,
  /** Reason for absence, or whom a substitute replaces. */
  note: Text(500),
});
export type Attendee = z.infer<typeof Attendee>;

export const Chair = z.object({
  name: Text(200),
  /** Full position, as in the opening paragraph. */
  title: Text(500),
  /** Position in the signature block, capitals (e.g. "PHÓ TRƯỞNG TIỂU BAN"). */
  signingTitle: Text(200),
  /** Line above it: a signing prefix plus a title (e.g. "K/T TRƯỞNG TIỂU BAN", "KT. CHÁNH VĂN PHÒNG"); may be empty. */
  authority: Text(200),
});
export type Chair = z.infer<typeof Chair>;

export const Secretary = z.object({ name: Text(200), title: Text(300) });
export type Secretary = z.infer<typeof Secretary>;

export const MeetingStatus = z.enum(['draft', 'signed']);
export type MeetingStatus = z.infer<typeof MeetingStatus>;

/** What the secretary records about a session (everything but the minutes text). */
export const MeetingInput = z.object({
  title: Text(500).min(1),
  /** "cuộc họp", "buổi làm việc", "hội nghị", … */
  kind: Text(100),
  start: LocalDateTime,
  end: LocalDateTime.nullable(),
  location: Text(300),
  chair: Chair,
  secretary: Secretary,
  attendees: z.array(Attendee).max(1000),
  agenda: z.array(Text(1000)).max(200),
  /** The "Nơi nhận" list without the final "Lưu" line. */
  recipients: z.array(Text(300)).max(200),
});
export type MeetingInput = z.infer<typeof MeetingInput>;

export const Meeting = MeetingInput.extend({
  id: z.number().int().positive(),
  status: MeetingStatus,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Meeting = z.infer<typeof Meeting>;

export const MeetingSummary = Meeting.pick({ id: true, title: true, kind: true, start: true, location: true, status: true, updatedAt: true });
export type MeetingSummary = z.infer<typeof MeetingSummary>;

/** A node of the editor's document (ProseMirror/Tiptap JSON). Kept structural so shared code can walk it. */
export type RichNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
};
export const RichNode: z.ZodType<RichNode> = z.lazy(() =>
  z.object({
    type: z.string().max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(RichNode).optional(),
    text: z.string().optional(),
    marks: z.array(z.object({ type: z.string().max(64), attrs: z.record(z.string(), z.unknown()).optional() })).optional(),
  }),
);
/** The whole document: a `doc` node. */
export const RichDoc = RichNode.refine((n) => n.type === 'doc', 'the root node must be a doc');
export type RichDoc = RichNode;

export const DeadlineKind = z.enum(['date', 'period', 'event', 'recurring', 'ongoing', 'asap', 'none']);
export type DeadlineKind = z.infer<typeof DeadlineKind>;

/**
 * When a task is due. `iso` is the day for `date`, the last day of the month/quarter/year for `period`,
 * otherwise null. `text` is the verbatim expression in the conclusions (null when there is none).
 */
export const Deadline = z.object({
  text: z.string().max(500).nullable(),
  kind: DeadlineKind,
  iso: IsoDate.nullable(),
});
export type Deadline = z.infer<typeof Deadline>;

/** Character offsets [start, end) into the conclusions' plain text. */
export const SourceSpan = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });
export type SourceSpan = z.infer<typeof SourceSpan>;

/** An action item as the extractor proposes it and as the meeting file carries it. */
export const ActionItemDraft = z.object({
  lead: z.array(Text(300)).max(50),
  support: z.array(Text(300)).max(50),
  task: Text(5000).min(1),
  deadline: Deadline,
});
export type ActionItemDraft = z.infer<typeof ActionItemDraft>;

/** Extractor output: a draft plus where it came from and how sure the extractor is. */
export type ProposedItem = ActionItemDraft & { span: SourceSpan; confidence: number };
