// Small text utilities for Vietnamese document text: NFC, first-letter case, templates, and an estimate of printed
// width (Times New Roman metrics, guide §4) used only to size drawn rules. No formatting rules live here.

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

/** A run of dots the secretary fills in by hand. */
export const BLANK = '……………';

/**
 * Printed width in millimetres, from per-class advance widths of Times New Roman (em fractions fitted to the guide's
 * measured strings within about 3 %). Good enough to size a rule at 1/3–1/2 of a line; never used for wrapping.
 */
export function estimateWidthMm(text: string, sizePt: number): number {
  let em = 0;
  for (const ch of nfc(text).normalize('NFD')) {
    if (/\p{M}/u.test(ch)) continue;
    if (ch === ' ') em += 0.25;
    else if (/[0-9]/.test(ch)) em += 0.5;
    else if (/\p{Lu}/u.test(ch)) em += 0.68;
    else if (/\p{Ll}/u.test(ch)) em += 0.5;
    else em += 0.33;
  }
  return (em * sizePt * 25.4) / 72;
}
