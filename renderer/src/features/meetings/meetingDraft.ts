// The meeting form's editable state and its conversion to and from the contract's MeetingInput:
// dates and times as the inputs hold them, lists as text lines. Validation returns i18n keys, not words.
import type { Attendee, Meeting, MeetingInput } from '../../../../shared/domain/types';
import { tidy } from '../../../../shared/text/vietnamese';

export type MeetingDraft = {
  title: string;
  kind: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  location: string;
  chair: MeetingInput['chair'];
  secretary: MeetingInput['secretary'];
  attendees: Attendee[];
  agenda: string;
  recipients: string;
};

export const emptyAttendee = (): Attendee => ({ name: '', title: '', unit: '', presence: 'present', note: '' });

const today = () => {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

export function newDraft(): MeetingDraft {
  return {
    title: '',
    kind: 'cuộc họp',
    startDate: today(),
    startTime: '08:00',
    endDate: '',
    endTime: '',
    location: '',
    chair: { name: '', title: '', signingTitle: '', authority: '' },
    secretary: { name: '', title: '' },
    attendees: [],
    agenda: '',
    recipients: '',
  };
}

export function draftFromMeeting(m: Meeting): MeetingDraft {
  return {
    title: m.title,
    kind: m.kind,
    startDate: m.start.slice(0, 10),
    startTime: m.start.slice(11, 16),
    endDate: m.end?.slice(0, 10) ?? '',
    endTime: m.end?.slice(11, 16) ?? '',
    location: m.location,
    chair: { ...m.chair },
    secretary: { ...m.secretary },
    attendees: m.attendees.map((a) => ({ ...a })),
    agenda: m.agenda.join('\n'),
    recipients: m.recipients.join('\n'),
  };
}

const lines = (s: string) => s.split('\n').map(tidy).filter(Boolean);
const endDateOf = (d: MeetingDraft) => d.endDate || (d.endTime ? d.startDate : '');

/** Field path → i18n key of the problem. Warnings do not block saving. */
export type Problems = { errors: Record<string, string>; warnings: Record<string, string> };

export function checkDraft(d: MeetingDraft): Problems {
  const errors: Record<string, string> = {};
  const warnings: Record<string, string> = {};
  if (!tidy(d.title)) errors.title = 'form.required.title';
  if (!d.startDate) errors.startDate = 'form.required.startDate';
  if (!d.startTime) errors.startTime = 'form.required.startTime';
  if (d.endDate && !d.endTime) errors.endTime = 'form.endTimeMissing';
  const endDate = endDateOf(d);
  if (endDate && d.endTime && d.startDate && d.startTime && `${endDate}T${d.endTime}` <= `${d.startDate}T${d.startTime}`) {
    errors.endTime = 'form.endBeforeStart';
  }
  d.attendees.forEach((a, i) => {
    if (!tidy(a.name) && !tidy(a.unit)) errors[`attendees.${i}`] = 'form.attendeeEmpty';
    else if (a.presence === 'absent' && !tidy(a.note)) warnings[`attendees.${i}`] = 'form.absentReason';
  });
  return { errors, warnings };
}

export function draftToInput(d: MeetingDraft): MeetingInput {
  const endDate = endDateOf(d);
  return {
    title: tidy(d.title),
    kind: tidy(d.kind),
    start: `${d.startDate}T${d.startTime}`,
    end: endDate && d.endTime ? `${endDate}T${d.endTime}` : null,
    location: tidy(d.location),
    chair: { name: tidy(d.chair.name), title: tidy(d.chair.title), signingTitle: tidy(d.chair.signingTitle), authority: tidy(d.chair.authority) },
    secretary: { name: tidy(d.secretary.name), title: tidy(d.secretary.title) },
    attendees: d.attendees.map((a) => ({ name: tidy(a.name), title: tidy(a.title), unit: tidy(a.unit), presence: a.presence, note: tidy(a.note) })),
    agenda: lines(d.agenda),
    recipients: lines(d.recipients),
  };
}
