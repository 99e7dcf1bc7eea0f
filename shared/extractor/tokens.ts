// Owns word tokens (with offsets into the cleaned text) and multi-word phrase lookup over them.
// Vietnamese writes one syllable per space-separated token, so every lexicon entry is a token sequence;
// a dictionary maps a first syllable to its phrases, longest first, so lookups are O(phrases per syllable).

export type Token = {
  text: string;
  /** Lower-cased text, the key for every lexicon lookup. */
  lower: string;
  start: number;
  end: number;
  isWord: boolean;
  /** First letter is a capital: names and the start of sentences. */
  cap: boolean;
  /** Two or more capitals or an "&" ("UBND", "KH&ĐT", "VH-TT&DL"): an abbreviated name. */
  abbr: boolean;
};

// A word keeps inner "&", "/", "-", "." and apostrophes when letters or digits sit on both sides
// ("VH-TT&DL", "03-NQ/HU", "15/3/2013", "TP.HCM"); an ellipsis is one token; anything else is one character.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[&/'’.-][\p{L}\p{M}\p{N}]+)*|\.{2,}|\S/gu;
const WORD_START = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    const t = m[0];
    const isWord = WORD_START.test(t[0]);
    const lower = t.toLowerCase();
    const cap = isWord && t[0] !== lower[0];
    const caps = cap ? (t.match(UPPER)?.length ?? 0) : 0;
    out.push({ text: t, lower, start: m.index, end: m.index + t.length, isWord, cap, abbr: isWord && (caps >= 2 || t.includes('&')) });
  }
  return out;
}

/** A set of phrases (each a list of lower-case tokens) looked up at a token position. */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(phrases: readonly string[]) {
    for (const p of phrases) {
      const parts = tokenize(p.normalize('NFC').toLowerCase()).map((t) => t.lower);
      if (!parts.length) continue;
      const list = this.byFirst.get(parts[0]) ?? [];
      list.push(parts);
      this.byFirst.set(parts[0], list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Number of tokens of the longest phrase starting at toks[i], or 0. */
  match(toks: readonly Token[], i: number): number {
    const first = toks[i];
    if (!first) return 0;
    const list = this.byFirst.get(first.lower);
    if (!list) return 0;
    outer: for (const p of list) {
      if (i + p.length > toks.length) continue;
      for (let k = 1; k < p.length; k++) if (toks[i + k].lower !== p[k]) continue outer;
      return p.length;
    }
    return 0;
  }
}
