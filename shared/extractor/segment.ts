// Owns the document structure the rules walk: paragraphs (one per line), list entries (bullets, numbers,
// multi-level numbers "2.1.", letters), Roman-numbered top headings, lead-ins and headings (a paragraph ending
// in ":"), sentences and ";" clauses.
// Offsets are into the cleaned text; nothing here knows about parties or deadlines.
import { ABBREVIATIONS } from './lexicon';

export type Range = { start: number; end: number };
export type Paragraph = Range & {
  /** Starts with a bullet or an enumerator; the range excludes the marker. */
  isEntry: boolean;
  /** Numbered with a Roman numeral ("II.", "III)"): a part of the document, not an entry of the list before it. */
  isPart: boolean;
  /** Ends with ":" — a lead-in to a list or a heading naming its addressee. */
  isLeadIn: boolean;
  sentences: Range[];
};

const LINE = /[^\n]+/g;
// "2.", "2.1.", "1.1)", "2.1 Khoa …" (before a capital a multi-level number needs no closing mark; "2.15 triệu" is an
// amount), "a)", "(b)", "II.".
const LIST_MARKER = /^[ ]*(?:[-–—•●▪◦○·∙+*►➢✓❖]|\(?\d{1,2}(?:\.\d{1,2})*[.)](?!\d)|\d{1,2}(?:\.\d{1,2})+(?= \p{Lu})|\(?[a-zđ][.)]|([IVX]{1,4})[.)])[ ]*/u;
// A sentence ends at ".", "!", "?" or an ellipsis, after closing quotes/brackets, before a space and
// something that can open a sentence (a capital, a digit, an opening quote or bracket, a bullet).
const SENTENCE_END = /(?:[.!?…]+)(["”’»)\]]*)(?=\s+["“‘«(\-–•]?[\p{Lu}\d])/gu;
const WORD_BEFORE = /[\p{L}\p{N}./]+$/u;

export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  LINE.lastIndex = 0;
  for (let m = LINE.exec(text); m; m = LINE.exec(text)) {
    let start = m.index;
    let end = m.index + m[0].length;
    const found = LIST_MARKER.exec(m[0]);
    const marker = found?.[0] ?? '';
    // A marker alone on its line ("1.") or only spaces is not an entry.
    const isEntry = marker.length < m[0].length && /\S/.test(marker);
    const isPart = isEntry && !!found?.[1];
    if (isEntry) start += marker.length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (start === end) continue;
    const isLeadIn = text[end - 1] === ':';
    out.push({ start, end, isEntry: isEntry && !isPart, isPart, isLeadIn, sentences: sentences(text, start, end) });
  }
  return out;
}

export function sentences(text: string, start: number, end: number): Range[] {
  const out: Range[] = [];
  const body = text.slice(start, end);
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(body); m; m = SENTENCE_END.exec(body)) {
    if (m[0][0] === '.' && m[0].length === 1 + m[1].length) {
      const word = WORD_BEFORE.exec(body.slice(Math.max(from, m.index - 12), m.index))?.[0].toLowerCase();
      if (word && ABBREVIATIONS.has(word)) continue;
    }
    const stop = m.index + m[0].length;
    pushTrimmed(text, start + from, start + stop, out);
    from = stop;
  }
  pushTrimmed(text, start + from, end, out);
  return out;
}

/** ";"-separated clauses of a range, ignoring ";" inside brackets or quotes. */
export function clauses(text: string, start: number, end: number): Range[] {
  const out: Range[] = [];
  let depth = 0;
  let quoted = false;
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '(' || c === '“') depth++;
    else if ((c === ')' || c === '”') && depth > 0) depth--;
    else if (c === '"') quoted = !quoted;
    else if (c === ';' && depth === 0 && !quoted) {
      pushTrimmed(text, from, i, out);
      from = i + 1;
    }
  }
  pushTrimmed(text, from, end, out);
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: Range[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}
