// How people of a meeting read in running text, the same in the editor's minutes template and in Word documents:
// "Nguyễn Văn A, Phó Giám đốc Sở", a unit's representative, and presence notes (absent with the reason, substitutes).
import type { Attendee } from '../domain/types';
import { BLANK } from './vietnamese';

/** "Nguyễn Văn A, Phó Giám đốc Sở" or blanks when the name is filled in by hand later. */
export function personText(name: string, title: string): string {
  return [name.trim() || BLANK, title.trim()].filter(Boolean).join(', ');
}

/** One attendee: a named person (with title and unit unless the title already names it) or a unit's representative. */
export function attendeeText(attendee: Attendee, honorific = ''): string {
  const name = attendee.name.trim();
  const title = attendee.title.trim();
  const unit = attendee.unit.trim();
  const unitInTitle = unit && title.toLocaleLowerCase('vi-VN').includes(unit.toLocaleLowerCase('vi-VN'));
  const base = name
    ? [honorific + name, title, unitInTitle ? '' : unit].filter(Boolean).join(', ')
    : unit
      ? `đại diện ${unit}${title ? ` (${title})` : ''}`
      : title || BLANK;
  return base + presenceNote(attendee);
}

/** Absent: the reason; substitute: whom they stand in for (the note may already say "thay …"). */
function presenceNote(attendee: Attendee): string {
  const note = attendee.note.trim();
  if (attendee.presence === 'absent') return note ? ` (lý do: ${note})` : '';
  if (attendee.presence === 'substitute') {
    if (!note) return ' (dự thay)';
    return /^(dự\s+)?thay\b/iu.test(note) ? ` (${note})` : ` (dự thay ${note})`;
  }
  return '';
}
