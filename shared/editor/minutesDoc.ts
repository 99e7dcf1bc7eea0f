// The minutes as an editor document (Tiptap JSON): the official template a new meeting starts from,
// the split into opening / proceedings (Nội dung) / conclusions (Kết luận), and plain-text rendering.
import type { Attendee, MeetingInput, RichDoc, RichNode } from '../domain/types';
import { attendeeText } from '../text/attendees';
import { foldForSearch } from '../text/vietnamese';
import { inlineText, paragraphsToRich, richToPlainText } from './richText';

const text = (s: string): RichNode => ({ type: 'text', text: s });
const bold = (s: string): RichNode => ({ type: 'text', text: s, marks: [{ type: 'bold' }] });
const paragraph = (...content: RichNode[]): RichNode => ({ type: 'paragraph', ...(content.length ? { content } : {}) });
const heading = (s: string): RichNode => ({ type: 'heading', attrs: { level: 2 }, content: [text(s)] });

export const PROCEEDINGS_HEADING = 'Nội dung';
export const CONCLUSIONS_HEADING = 'Kết luận';

/** "08 giờ 00, ngày 11/6/2020": the form secretaries write in minutes. */
export function formatMeetingTime(localDateTime: string): string {
  const [date, time] = localDateTime.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':');
  return `${hh} giờ ${mm}, ngày ${d}/${m}/${y}`;
}

const labelled = (label: string, value: string) => paragraph(bold(`${label}: `), ...(value ? [text(value)] : []));

/** The NĐ 30 minutes form (Mẫu 1.9) pre-filled from the meeting record. */
export function minutesTemplate(meeting: MeetingInput): RichDoc {
  const chair = [meeting.chair.name, meeting.chair.title].filter(Boolean).join(', ');
  const secretary = [meeting.secretary.name, meeting.secretary.title].filter(Boolean).join(', ');
  const list = (people: Attendee[]): RichNode[] =>
    people.length ? [{ type: 'bulletList', content: people.map((a) => ({ type: 'listItem', content: [paragraph(text(attendeeText(a)))] })) }] : [];
  const absent = meeting.attendees.filter((a) => a.presence === 'absent');
  return {
    type: 'doc',
    content: [
      labelled('Thời gian bắt đầu', formatMeetingTime(meeting.start)),
      labelled('Địa điểm', meeting.location),
      labelled('Thành phần tham dự', ''),
      ...list(meeting.attendees.filter((a) => a.presence !== 'absent')),
      // Absentees under their own label, as the minutes form lists them: the note then reads as the reason.
      ...(absent.length ? [labelled('Vắng mặt', ''), ...list(absent)] : []),
      labelled('Chủ trì', chair),
      labelled('Thư ký', secretary),
      heading(PROCEEDINGS_HEADING),
      paragraph(),
      heading(CONCLUSIONS_HEADING),
      paragraph(),
    ],
  };
}

const isHeadingNamed = (node: RichNode, name: string) =>
  node.type === 'heading' && foldForSearch(inlineText(node)).replace(/^[ivx\d]+[.)]\s*/, '').startsWith(foldForSearch(name));

/** Splits the minutes at the "Nội dung" and "Kết luận" headings (text before the first is the opening). */
export function splitMinutes(doc: RichDoc): { opening: RichDoc; proceedings: RichDoc; conclusions: RichDoc } {
  const blocks = doc.content ?? [];
  const at = (name: string) => blocks.findIndex((b) => isHeadingNamed(b, name));
  const conclusionsAt = at(CONCLUSIONS_HEADING);
  const proceedingsAt = at(PROCEEDINGS_HEADING);
  const end = conclusionsAt >= 0 ? conclusionsAt : blocks.length;
  const start = proceedingsAt >= 0 && proceedingsAt < end ? proceedingsAt : end;
  return {
    opening: { type: 'doc', content: blocks.slice(0, start) },
    proceedings: { type: 'doc', content: blocks.slice(start < end ? start + 1 : end, end) },
    conclusions: { type: 'doc', content: conclusionsAt >= 0 ? blocks.slice(conclusionsAt + 1) : [] },
  };
}

/** The conclusions' plain text: what the extractor reads and what action-item spans point into. */
export const conclusionsText = (doc: RichDoc): string => richToPlainText(splitMinutes(doc).conclusions);

/** A whole minutes document from the meeting file's paragraphs, with the template's opening fields. */
export function minutesFromParagraphs(meeting: MeetingInput, proceedings: string[], conclusions: string[]): RichDoc {
  const template = minutesTemplate(meeting).content ?? [];
  const opening = template.slice(0, template.findIndex((b) => isHeadingNamed(b, PROCEEDINGS_HEADING)));
  return {
    type: 'doc',
    content: [
      ...opening,
      heading(PROCEEDINGS_HEADING),
      ...(paragraphsToRich(proceedings).content ?? []),
      heading(CONCLUSIONS_HEADING),
      ...(paragraphsToRich(conclusions).content ?? []),
    ],
  };
}
