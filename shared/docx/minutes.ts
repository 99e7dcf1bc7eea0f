// The BIÊN BẢN (minutes): opening fields in the regime's order (time, place, agenda, chair, secretary, attendance
// with presence), the proceedings and the chair's conclusions from the editor, the closing sentence with the end
// time, and the signature row (secretary left, chair right); state minutes add "Nơi nhận" under it.
import { bodyParagraph, type Layout } from './layout';
import type { Block, Paragraph } from './model';
import { formatTimeAndDate } from './formatting';
import type { MinutesField } from './profiles';
import { attendeeText, personText } from '../text/attendees';
import { actionItemsToRich } from './people';
import { closingParagraph, recipientsList, signatureTable, signerColumn } from './parts';
import { isRichEmpty, richToBlocks } from './richText';
import type { ExportSource } from './source';
import { BLANK, fillTemplate, lowerFirst, upperFirst } from './text';

export function minutesContent(layout: Layout, source: ExportSource): Block[] {
  const { meeting } = source;
  const { text, fieldOrder, sectionLabelsBold } = layout.profile.minutes;
  const kind = meeting.kind.trim() || 'cuộc họp';
  const field = (template: string, values: Record<string, string>): Paragraph => bodyParagraph(layout, 'field', fillTemplate(template, values));
  const label = (template: string): Paragraph => bodyParagraph(layout, 'sectionLabel', fillTemplate(template, { kind }), { bold: sectionLabelsBold, keepNext: true });

  const fields: Record<MinutesField, () => Block[]> = {
    start: () => [field(text.start, { time: formatTimeAndDate(meeting.start) })],
    location: () => [field(text.location, { location: meeting.location.trim() || BLANK })],
    agenda: () => {
      const agenda = meeting.agenda.map((a) => lowerFirst(a.trim().replace(/[.;]+$/, ''))).filter(Boolean);
      return agenda.length ? [field(text.agenda, { agenda: agenda.join('; ') })] : [];
    },
    chair: () => [field(text.chair, { person: personText(meeting.chair.name, meeting.chair.title) })],
    secretary: () => [field(text.secretary, { person: personText(meeting.secretary.name, meeting.secretary.title) })],
    documents: () => [field(text.documents, { documents: BLANK })],
    attendance: () => attendance(layout, source, label(text.attendance)),
  };

  const conclusions = isRichEmpty(source.conclusions) ? actionItemsToRich(source.actionItems) : source.conclusions;
  const end = formatTimeAndDate(meeting.end);
  return [
    ...fieldOrder.flatMap((name) => fields[name]()),
    label(text.proceedings),
    ...richToBlocks(source.proceedings, layout),
    ...(isRichEmpty(conclusions) ? [] : [label(text.conclusions), ...richToBlocks(conclusions, layout)]),
    closingParagraph(layout, fillTemplate(text.closing, { kind, time: end })),
  ];
}

/** "Thành phần …": those present (substitutes included, with whom they replace), then those absent with reasons. */
function attendance(layout: Layout, source: ExportSource, heading: Paragraph): Block[] {
  const { text } = layout.profile.minutes;
  const { honorific } = layout.profile;
  const attendees = source.meeting.attendees;
  const present = attendees.filter((a) => a.presence !== 'absent');
  const absent = attendees.filter((a) => a.presence === 'absent');
  const lines = (group: typeof attendees) =>
    group.map((a, i) => bodyParagraph(layout, 'attendee', `${text.attendeeBullet}${upperFirst(attendeeText(a, honorific))}${i === group.length - 1 ? '.' : ';'}`));
  return [
    heading,
    bodyParagraph(layout, 'field', fillTemplate(text.present, { count: String(present.length) })),
    ...lines(present),
    ...(absent.length ? [bodyParagraph(layout, 'field', fillTemplate(text.absent, { count: String(absent.length) })), ...lines(absent)] : []),
  ];
}

/** Secretary on the left, chair on the right; state minutes put "Nơi nhận" below the row. */
export function minutesSignature(layout: Layout, source: ExportSource) {
  const { minutes } = layout.profile;
  const { meeting } = source;
  return {
    signature: signatureTable(
      layout,
      signerColumn(layout, { label: minutes.signers[0], labelRole: 'signerLabel', name: meeting.secretary.name.trim() }),
      signerColumn(layout, { label: minutes.signers[1], labelRole: 'signerLabel', name: meeting.chair.name.trim() }),
    ),
    trailer: minutes.recipients ? recipientsList(layout, meeting.recipients, fillTemplate(minutes.archive, { symbol: source.organization.symbol }), { beforePt: 12 }) : [],
  };
}
