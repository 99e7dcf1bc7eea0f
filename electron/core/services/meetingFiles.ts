// Portable meeting files (`bienban.meeting/1`): import validates the whole file first and stores nothing
// from an invalid one; export writes the meeting, its minutes and conclusions as paragraphs, and its
// accepted action items.
import { conclusionsText, minutesFromParagraphs, splitMinutes } from '../../../shared/editor/minutesDoc';
import type { z } from 'zod';
import { richToParagraphs } from '../../../shared/editor/richText';
import { MEETING_FILE_FORMAT, readMeetingFile, type MeetingFileSchema } from '../../../shared/meetingFile';
import { AppError } from '../../../shared/ipc/result';
import type { ServiceContext } from '../context';
import { meetingNotFound, nfcDeep, rememberDirectory } from './meetings';

/** The sentence-like stretch of `text` that contains `task`: the link an imported item keeps to its source. */
function locate(text: string, task: string): { span: { start: number; end: number }; sourceText: string } | null {
  const at = text.indexOf(task);
  if (at < 0) return null;
  const before = at - (/[^.;:\n]*$/.exec(text.slice(0, at))?.[0].trimStart().length ?? 0);
  const afterMatch = /[.;\n]/.exec(text.slice(at + task.length));
  const end = afterMatch ? at + task.length + afterMatch.index : text.length;
  return { span: { start: before, end }, sourceText: text.slice(before, end) };
}

export function makeMeetingFilesService(ctx: ServiceContext) {
  const { db, repos } = ctx;
  return {
    import(content: string): { meetingId: number } {
      const result = readMeetingFile(content);
      if (!result.ok) {
        const list = result.problems.slice(0, 20).map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
        throw new AppError('VALIDATION', `Tệp cuộc họp không hợp lệ / Invalid meeting file: ${list.join('; ')}`);
      }
      const file = nfcDeep(result.value);
      const { minutes, conclusions, ...meeting } = file.meeting;
      const now = ctx.stamp();
      const doc = minutesFromParagraphs(meeting, minutes, conclusions);
      const text = conclusionsText(doc);
      const meetingId = db.transaction(() => {
        // A first import on an empty profile sets up the organisation; later imports never overwrite it.
        if (!repos.organization.isSet()) repos.organization.save(file.organization, now);
        rememberDirectory(repos, meeting, now);
        const id = repos.meetings.create(meeting, now);
        repos.minutes.create(id, doc, text, now);
        for (const item of file.actionItems) {
          const link = locate(text, item.task);
          repos.actionItems.insert({ meetingId: id, review: 'accepted', item, span: link?.span ?? null, sourceText: link?.sourceText ?? null }, now);
        }
        repos.audit.record({ at: now, action: 'meeting.import', entity: 'meeting', entityId: id, detail: { title: meeting.title } });
        return id;
      })();
      return { meetingId };
    },

    /** The file as written (optional fields left out), which is the schema's input form. */
    export(meetingId: number): z.input<typeof MeetingFileSchema> {
      const meeting = repos.meetings.get(meetingId);
      const stored = repos.minutes.get(meetingId);
      if (!meeting || !stored) throw meetingNotFound(meetingId);
      const { proceedings, conclusions } = splitMinutes(stored.content);
      const { title, kind, start, end, location, chair, secretary, attendees, agenda, recipients } = meeting;
      return {
        format: MEETING_FILE_FORMAT,
        organization: repos.organization.get(),
        meeting: {
          title, kind, start, end, location, chair, secretary, agenda,
          // `note` is optional in the file format: written only when there is one.
          attendees: attendees.map(({ note, ...a }) => (note ? { ...a, note } : a)),
          minutes: richToParagraphs(proceedings),
          conclusions: richToParagraphs(conclusions),
          recipients,
        },
        actionItems: repos.actionItems
          .listForMeeting(meetingId)
          .filter((i) => i.review === 'accepted')
          .map(({ lead, support, task, deadline }) => ({ lead, support, task, deadline })),
      };
    },
  };
}
