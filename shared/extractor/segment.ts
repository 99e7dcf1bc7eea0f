// Owns the document structure the rules walk: paragraphs (one per line), list entries (bullets, numbers,
// multi-level numbers "2.1.", letters), Roman-numbered top headings, lead-ins and headings (a paragraph ending
// in ":"), sentences and ";" clauses; and the document furniture that is no text at all (letterheads, the national
// motto, number and place-date lines, the title, the recipients' block, signatures).
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

// Furniture cells. The two header columns are pasted on one line (their tab made a space by cleanText), so a line is
// read cell by cell: the motto, a document number, a place-date line, a run of capitals ("ỦY BAN NHÂN DÂN", "KT. CHỦ
// TỊCH"); a name alone ("Nguyễn Văn A") only as a whole line, where it can be no sentence's subject.
const MOTTO = /Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc\s*/uy;
const DOC_NUMBER = /Số\s*:\s*\S+\s*|Số\s+\d+\s*[/-]\S+\s*/uy;
const PLACE_DATE = /\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,4}\s*,\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s*/uy;
// Words without a lower-case letter or a comma; one with a letter beyond ASCII ("ỦY", "TỊCH") sets a letterhead apart
// from abbreviations opening a sentence ("UBND TP. Hải Phòng …").
const CAPITALS = /[^\s\p{Ll},;:]+(?:\s+[^\s\p{Ll},;:]+)*\s*/uy;
const LETTERHEAD_WORD = /[^\x00-\x7f]/u;
const NAME_ALONE = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}$/u;
// The title under "THÔNG BÁO" ("Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp …"), a line with no sentence end.
const TITLE = /^(?:kết\s+luận\s+của|thông\s+báo\s+kết\s+luận|ý\s+kiến\s+kết\s+luận|v\/v)\s[^.;:!?]*$/iu;
const SIGNATURE_LINE = /^lưu\s*:/iu;
// The recipients' block closes the text: what follows it is its list and the signature.
const RECIPIENTS = /^nơi\s+nhận\s*:?/iu;

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
    const line = text.slice(start, end);
    if (RECIPIENTS.test(line)) break;
    if (!isEntry) start += furniture(line);
    if (start === end || TITLE.test(line) || SIGNATURE_LINE.test(line)) continue;
    const isLeadIn = text[end - 1] === ':';
    out.push({ start, end, isEntry: isEntry && !isPart, isPart, isLeadIn, sentences: sentences(text, start, end) });
  }
  return out;
}

/**
 * Length of the furniture at the start of a line: all of it when the whole line is furniture, else the cells before
 * the first real sentence ("Hải Dương, ngày 5 tháng 6 năm 2023 Ngày 01/6, …"), else 0.
 */
function furniture(line: string): number {
  let p = 0;
  for (;;) {
    const cell = [MOTTO, DOC_NUMBER, PLACE_DATE].map((re) => stickyAt(re, line, p)).find((n) => n > 0) ?? capitalsAt(line, p);
    if (!cell) break;
    p += cell;
  }
  return p === line.length || NAME_ALONE.test(line.slice(p)) ? line.length : p;
}

/**
 * A run of capitals at p: a letterhead cell when it has two words and a Vietnamese letter, or ends the line. Before a
 * colon it is a heading in capitals ("ĐỐI VỚI SỞ Y TẾ:"), which is text.
 */
function capitalsAt(line: string, p: number): number {
  const n = stickyAt(CAPITALS, line, p);
  const run = line.slice(p, p + n).trim();
  if (!n || line[p + n] === ':') return 0;
  return p + n === line.length || (/\s/.test(run) && LETTERHEAD_WORD.test(run)) ? n : 0;
}

function stickyAt(re: RegExp, s: string, p: number): number {
  re.lastIndex = p;
  return re.exec(s)?.[0].length ?? 0;
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
