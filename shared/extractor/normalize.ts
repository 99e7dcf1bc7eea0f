// Owns the text the extractor analyses: NFC plus cleanup of Word/web pastes (no-break and odd spaces,
// soft hyphens, zero-width marks, "\r\n", typographic bullets), and the offset map back to the NFC text.
// Analysis runs on the cleaned string; every span and verbatim string is cut from the NFC text through
// `toNfc`, so callers always get offsets into text.normalize('NFC') as the public API promises.

export type CleanText = {
  /** text.normalize('NFC'): what spans point into and what verbatim strings are cut from. */
  nfc: string;
  /** The analysed string: same letters, invisible characters dropped, spaces unified. */
  clean: string;
  /** toNfc[i] = offset in `nfc` of clean[i]; toNfc[clean.length] = nfc.length. */
  toNfc: Int32Array;
};

// Dropped: soft hyphen, zero-width space/joiners, BOM, bidi marks (Word and browsers insert them inside words).
const isInvisible = (c: number) => c === 0xad || (c >= 0x200b && c <= 0x200f) || c === 0x2060 || c === 0xfeff;
// Made a plain space: tabs, no-break and typographic spaces.
const isSpaceLike = (c: number) =>
  c === 0x09 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
// Made a line break: line/paragraph separators, vertical tab, form feed ("\r\n" and lone "\r" too).
const isBreakLike = (c: number) => c === 0x2028 || c === 0x2029 || c === 0x0b || c === 0x0c;
const NEEDS_CLEANING = /[\r\t\u000b\u000c\u00a0\u00ad\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/;

export function cleanText(text: string): CleanText {
  const nfc = text.normalize('NFC');
  const n = nfc.length;
  if (!NEEDS_CLEANING.test(nfc)) {
    const identity = new Int32Array(n + 1);
    for (let i = 0; i <= n; i++) identity[i] = i;
    return { nfc, clean: nfc, toNfc: identity };
  }
  let clean = '';
  const map = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = nfc.charCodeAt(i);
    if (isInvisible(c)) continue;
    map[k++] = i;
    if (c === 0x0d) {
      clean += '\n';
      if (nfc.charCodeAt(i + 1) === 0x0a) i++;
    } else if (isSpaceLike(c)) clean += ' ';
    else if (isBreakLike(c)) clean += '\n';
    else clean += nfc[i];
  }
  map[k] = n;
  return { nfc, clean, toNfc: map.slice(0, k + 1) };
}

/** The NFC text under a clean-text range, so a returned string is verbatim even if it held a soft hyphen. */
export function nfcSlice(t: CleanText, start: number, end: number): string {
  return end > start ? t.nfc.slice(t.toNfc[start], nfcEnd(t, end)) : '';
}

/** NFC offset just after the clean character end-1 (not after invisibles that followed it). */
export function nfcEnd(t: CleanText, end: number): number {
  if (end <= 0) return 0;
  const last = t.toNfc[end - 1];
  return t.nfc.charCodeAt(last) === 0x0d && t.nfc.charCodeAt(last + 1) === 0x0a ? last + 2 : last + 1;
}
