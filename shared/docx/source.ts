// What an export is made from: the organisation, the meeting, its two rich-text parts, the accepted action items and
// the register's number. Plain data; the exporter never reads the database or the clock itself.
import type { ActionItemDraft, MeetingInput, Organization, RichDoc } from '../domain/types';

export type DocumentKind = 'minutes' | 'notice';

export type ExportSource = {
  organization: Organization;
  meeting: MeetingInput;
  /** The minutes' "Nội dung" part, Tiptap JSON. */
  proceedings: RichDoc;
  /** The chair's conclusions, Tiptap JSON. */
  conclusions: RichDoc;
  /** Accepted action items. */
  actionItems: ActionItemDraft[];
  /** The register's number; null for a draft (the number prints as blanks). */
  number: number | null;
  /** `YYYY-MM-DD` of the date line. */
  issuedOn: string;
  /** A draft is visibly marked and takes no number. */
  draft: boolean;
};
