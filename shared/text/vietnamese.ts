// Vietnamese text utilities shared by search, the directory and the extractor's callers.
// Pure string functions; no locale APIs that differ between Node and browsers.

/** Every stored or compared string goes through NFC: Word pastes and macOS input often arrive decomposed. */
export const nfc = (s: string): string => s.normalize('NFC');

/**
 * A search key: lower case, diacritics removed, đ folded to d. SQLite and Unicode both treat "đ" as a
 * letter of its own (it has no decomposition), so it is folded here explicitly.
 */
export function foldForSearch(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A run of dots the secretary fills in by hand, as printed forms leave them. */
export const BLANK = '……………';

/** Collapses runs of white space (incl. no-break spaces) and trims: for names typed or pasted by hand. */
export const tidy = (s: string): string => nfc(s).replace(/[\s\u00a0]+/g, ' ').trim();
