// The portable meeting file `bienban.meeting/1` as a strict zod schema: the domain's own field rules, no unknown
// fields anywhere, and size limits so a pasted 50 MB file is refused rather than loaded. Mirrors
// /shared/samples/seed-meeting.json; optional fields of the file get their domain defaults.
import { z } from 'zod';
import { ActionItemDraft, Attendee, Chair, Deadline, MeetingInput, Organization, Secretary } from '../domain/types';

export const MEETING_FILE_FORMAT = 'bienban.meeting/1';

/** One paragraph of minutes or conclusions. */
export const MAX_PARAGRAPH_CHARS = 20_000;
/** All text of the file together (minutes, conclusions, tasks); about 500 pages of minutes. */
export const MAX_TOTAL_CHARS = 2_000_000;

const Paragraphs = z.array(z.string().max(MAX_PARAGRAPH_CHARS)).max(5_000);

export const MeetingFileSchema = z
  .strictObject({
    format: z.literal(MEETING_FILE_FORMAT),
    organization: z.strictObject({ ...Organization.shape, termStart: Organization.shape.termStart.default(null) }),
    meeting: z.strictObject({
      ...MeetingInput.shape,
      chair: z.strictObject(Chair.shape),
      secretary: z.strictObject(Secretary.shape),
      attendees: z.array(z.strictObject({ ...Attendee.shape, note: Attendee.shape.note.default('') })).max(1000),
      minutes: Paragraphs,
      conclusions: Paragraphs,
    }),
    actionItems: z.array(z.strictObject({ ...ActionItemDraft.shape, deadline: z.strictObject(Deadline.shape) })).max(2_000),
  })
  .superRefine((file, ctx) => {
    const { start, end } = file.meeting;
    if (end !== null && end < start) ctx.addIssue({ code: 'custom', path: ['meeting', 'end'], message: 'end-before-start' });
    const total = [...file.meeting.minutes, ...file.meeting.conclusions, ...file.actionItems.map((a) => a.task)].reduce((sum, t) => sum + t.length, 0);
    if (total > MAX_TOTAL_CHARS) ctx.addIssue({ code: 'custom', path: ['meeting'], message: 'total-too-long' });
  });

export type MeetingFile = z.infer<typeof MeetingFileSchema>;
