// The THÔNG BÁO kết luận (conclusion notice): the summary "Kết luận của đồng chí … tại …", an opening paragraph
// (when, who chaired, who attended, what was heard), the conclusions (editor text, or the accepted action items
// grouped by lead unit when no text was written), the closing formula, and "Nơi nhận" beside the signature block.
import { bodyParagraph, type Layout } from './layout';
import type { Block, Table } from './model';
import { dayPart, formatShortDate, normalizeAuthority } from './formatting';
import { attendeeText } from '../text/attendees';
import { actionItemsToRich, chairRole } from './people';
import { closingParagraph, recipientsList, signatureTable, signerColumn } from './parts';
import { isRichEmpty, richToBlocks } from './richText';
import type { ExportSource } from './source';
import { fillTemplate, lowerFirst } from './text';

function meetingValues(source: ExportSource): Record<string, string> {
  const { meeting } = source;
  return {
    chairName: meeting.chair.name.trim(),
    chairTitle: meeting.chair.title.trim(),
    chairRole: chairRole(meeting.chair.title),
    meeting: lowerFirst(meeting.title.trim()),
    kind: meeting.kind.trim() || 'cuộc họp',
  };
}

export function noticeSummary(layout: Layout, source: ExportSource): string {
  const values = meetingValues(source);
  // Without a role the template's ", {chairRole}" would leave a dangling comma.
  const template = values.chairRole ? layout.profile.notice.summary : layout.profile.notice.summary.replace(', {chairRole}', '');
  return fillTemplate(template, values);
}

export function noticeContent(layout: Layout, source: ExportSource): Block[] {
  const { notice, honorific } = layout.profile;
  const { meeting } = source;
  const values = meetingValues(source);
  const present = meeting.attendees.filter((a) => a.presence !== 'absent');
  const named = present.filter((a) => a.name.trim()).map((a) => attendeeText(a, honorific));
  const units = present.filter((a) => !a.name.trim() && a.unit.trim()).map((a) => a.unit.trim());
  const attendees = [...named, ...(units.length ? [`đại diện ${units.join(', ')}`] : [])].join('; ');
  const agenda = meeting.agenda.map((a) => lowerFirst(a.trim().replace(/[.;]+$/, ''))).filter(Boolean);

  const opening = [
    fillTemplate(notice.opening, {
      ...values,
      daypart: dayPart(meeting.start),
      date: formatShortDate(meeting.start),
      at: meeting.location.trim() ? `tại ${meeting.location.trim()}, ` : '',
    }),
    attendees ? fillTemplate(notice.attended, { attendees }) : '',
    agenda.length ? fillTemplate(notice.heard, { ...values, agenda: agenda.join('; ') }) : fillTemplate(notice.heardWithoutAgenda, values),
  ]
    .filter(Boolean)
    .join(' ');

  const conclusions = isRichEmpty(source.conclusions) ? actionItemsToRich(source.actionItems) : source.conclusions;
  return [bodyParagraph(layout, 'body', opening), ...richToBlocks(conclusions, layout), closingParagraph(layout, fillTemplate(notice.closing, values))];
}

/** "Nơi nhận" on the left; authority, title, room for signature and seal, and name on the right. */
export function noticeSignature(layout: Layout, source: ExportSource): Table {
  const { chair, recipients } = source.meeting;
  const { organization } = source;
  const authority = chair.authority.trim() ? normalizeAuthority(organization.regime, chair.authority, layout.profile) : '';
  return signatureTable(
    layout,
    recipientsList(layout, recipients, fillTemplate(layout.profile.recipients.archive, { symbol: organization.symbol })),
    signerColumn(layout, { authority, label: chair.signingTitle, labelRole: 'signingTitle', name: chair.name.trim() }),
  );
}
