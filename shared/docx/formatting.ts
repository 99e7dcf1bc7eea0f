// The fixed forms of official documents: document numbers, the place-and-date line, dates and times in running text,
// and signing prefixes spelled per regime. Pure functions of their arguments; the regime's spellings come from profiles.
import type { Regime } from '../domain/types';
import { profileFor, type RegimeProfile } from './profiles';
import type { DocumentKind } from './source';
import { BLANK, fillTemplate, nfc, upper } from './text';

/** Numbers below 10 take a leading zero (ND30 and HD 36 alike). */
function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * `05/BB-STTTT`, `15/TB-UBND` (state) or `05-BB/TBTT` (Party); blanks in place of the number when it is null.
 * @example formatDocumentNumber('party', 'notice', 5, 'TBTT') // "05-TB/TBTT"
 */
export function formatDocumentNumber(
  regime: Regime,
  kind: DocumentKind,
  number: number | null,
  symbol: string,
  profile: RegimeProfile = profileFor(regime),
): string {
  if (number !== null && (!Number.isInteger(number) || number < 1)) throw new Error(`document number must be a positive integer, got ${number}`);
  return fillTemplate(profile.numbering.pattern, {
    nn: number === null ? profile.numbering.blank : twoDigits(number),
    type: profile.numbering.typeCodes[kind],
    symbol: upper(symbol.trim()),
  });
}

function dateParts(isoDate: string): { day: number; month: number; year: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) throw new Error(`expected YYYY-MM-DD, got "${isoDate}"`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** Days 1–9 and months 1–2 take a leading zero; months 3–12 never do (ND30 Phụ lục I; `tháng 06` is wrong). */
function dayAndMonth(isoDate: string): { day: string; month: string; year: string } {
  const { day, month, year } = dateParts(isoDate);
  return { day: twoDigits(day), month: month < 3 ? twoDigits(month) : String(month), year: String(year) };
}

/** `ngày 11 tháng 6 năm 2020` */
export function formatLongDate(isoDate: string): string {
  const { day, month, year } = dayAndMonth(isoDate);
  return `ngày ${day} tháng ${month} năm ${year}`;
}

/** `11/6/2020`, with the same leading-zero rule as the date line. */
export function formatShortDate(isoDate: string): string {
  const { day, month, year } = dayAndMonth(isoDate);
  return `${day}/${month}/${year}`;
}

/**
 * @example formatDateLine('Hải Dương', '2020-06-11') // "Hải Dương, ngày 11 tháng 6 năm 2020"
 */
export function formatDateLine(place: string, isoDate: string): string {
  return nfc(`${place.trim() || BLANK}, ${formatLongDate(isoDate)}`);
}

/** `08 giờ 00, ngày 11 tháng 6 năm 2020` from `2020-06-11T08:00`; blanks for an unknown time. */
export function formatTimeAndDate(localDateTime: string | null): string {
  if (!localDateTime) return '… giờ …, ngày … tháng … năm …';
  return `${localDateTime.slice(11, 13)} giờ ${localDateTime.slice(14, 16)}, ${formatLongDate(localDateTime)}`;
}

/** "Sáng", "Chiều" or "Tối": how a notice opens ("Sáng ngày 11/6/2020, …"). */
export function dayPart(localDateTime: string): string {
  const hour = Number(localDateTime.slice(11, 13));
  return hour < 12 ? 'Sáng' : hour < 18 ? 'Chiều' : 'Tối';
}

type SigningRole = keyof RegimeProfile['signing']['prefixes'];

/** Either regime's spelling of each prefix, loosely written (`TM`, `T.M.`, `T/M`), most specific first. */
const PREFIX_PATTERNS: [SigningRole, RegExp][] = [
  ['delegated', /^T\.?\s*U\.?\s*Q\.?(?=\s|$)/iu],
  ['collective', /^T\s*[./]?\s*M\.?(?=\s|$)/iu],
  ['deputy', /^K\s*[./]?\s*T\.?(?=\s|$)/iu],
  ['byOrder', /^T\s*[./]?\s*L\.?(?=\s|$)/iu],
  ['acting', /^Q\.(?=\s|$)/iu],
];

/**
 * The authority line in this regime's spelling and in capitals: `K/T TRƯỞNG TIỂU BAN` ↔ `KT. TRƯỞNG TIỂU BAN`.
 * Text without a recognised prefix is kept as written; a prefix the regime has no form for (TUQ. in Party documents)
 * is kept too, for the secretary to decide.
 */
export function normalizeAuthority(regime: Regime, authority: string, profile: RegimeProfile = profileFor(regime)): string {
  const text = upper(authority.trim().replace(/\s+/g, ' '));
  for (const [role, pattern] of PREFIX_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const rest = text.slice(match[0].length).trim();
    const prefix = profile.signing.prefixes[role] ?? match[0].trim();
    return rest ? `${prefix} ${rest}` : prefix;
  }
  return text;
}
