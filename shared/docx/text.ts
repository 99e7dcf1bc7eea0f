// Small text utilities for Vietnamese document text: NFC, first-letter case, templates, and an estimate of printed
// width (Times New Roman metrics, guide §4) used to size drawn rules and header-name breaks. No formatting rules live here.

/** Every string that reaches the document goes through this: precomposed Unicode ("dựng sẵn"). */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

export function upper(text: string): string {
  return nfc(text).toLocaleUpperCase('vi-VN');
}

export function upperFirst(text: string): string {
  const t = nfc(text);
  return t ? t[0].toLocaleUpperCase('vi-VN') + t.slice(1) : t;
}

/** Lower-cases the first letter unless the first word is an abbreviation or all capitals ("UBND", "HĐND"). */
export function lowerFirst(text: string): string {
  const t = nfc(text);
  const firstWord = t.split(/\s/, 1)[0] ?? '';
  if (firstWord.length > 1 && firstWord === firstWord.toLocaleUpperCase('vi-VN')) return t;
  return t ? t[0].toLocaleLowerCase('vi-VN') + t.slice(1) : t;
}

/** Fills `{name}` slots; `{Name}` gets the value with a capital first letter. Unknown slots are left as written. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return nfc(
    template.replace(/\{(\w+)\}/g, (slot, key: string) => {
      const lower = key[0].toLowerCase() + key.slice(1);
      if (!(lower in values)) return slot;
      return key === lower ? values[lower] : upperFirst(values[lower]);
    }),
  );
}

export { BLANK } from '../text/vietnamese';

/**
 * Advance widths of Times New Roman for U+0020–U+007E in 1/1000 em, regular and bold (read from Liberation Serif,
 * which is metric-compatible). Bold capitals run about 4 % wider than regular ones: an estimate that ignored weight
 * judged "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" (14 pt bold, 86.3 mm) to fit an 85 mm column, and Word then broke off "THÔNG".
 */
const ADVANCE = {
  regular: [
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278,
    564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944,
    722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389,
    278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
  ],
  bold: [
    250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333,
    570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000,
    722, 722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389,
    333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
  ],
} as const;
/** The horn letters (Ư, ư, ơ) are wider than their base letter; other Vietnamese letters take the base's width. */
const HORN_EXTRA = { regular: { U: 54, u: 42, o: 29 }, bold: { U: 74, u: 44, o: 54 } } as const;

/**
 * Printed width in millimetres of one line in Times New Roman, from the font's advance widths (guide §4 measures:
 * within about 1 %). Used to size drawn rules and to decide where a header name must break; Word still wraps body text.
 */
export function estimateWidthMm(text: string, sizePt: number, bold = false): number {
  const weight = bold ? 'bold' : 'regular';
  const table = ADVANCE[weight];
  const horn: Record<string, number> = HORN_EXTRA[weight];
  let units = 0;
  for (const letter of nfc(text).replace(/Đ/g, 'D').replace(/đ/g, 'd')) {
    const [base, ...marks] = letter.normalize('NFD');
    const code = base.codePointAt(0) ?? 0;
    // Outside printable ASCII (quotes, dashes, "…"): about the width of a lower-case letter.
    units += code >= 0x20 && code <= 0x7e ? table[code - 0x20] : 500;
    if (marks.includes('\u031B')) units += horn[base] ?? 0;
  }
  return (units / 1000) * sizePt * (25.4 / 72);
}
