// Owns party recognition: where a unit, position, person or group name starts and ends in a token list,
// and how a coordinated subject splits ("Báo X, Đài Y" → two; "các sở, ban, ngành", "Sở Văn hóa, Thể thao
// và Du lịch" → one). Names come from the caller's directory first, then from shape: a head noun
// (lexicon.ts) plus modifiers until a verb, a function word or a cue, or until the place word that closes it;
// a capitalised unit noun alone before a directive ("Xã phải …") names the body the meeting was with, and so does
// a lower-case one right after a speaker's cue ("đề nghị huyện tập trung …"); a label before ":" ("Phòng Người có
// công: …") is a name up to the colon, and a group's members listed after one ("UBND các huyện: Gia Lâm, Mê Linh
// tập trung …") belong to its name, as do a group's qualifiers before its directive ("các bệnh viện được thanh tra có
// trách nhiệm …", "UBND các xã có rừng tăng cường …", "các lực lượng tại cửa khẩu thường xuyên …") and further places after
// a body named for one ("UBND quận 3, quận 10"). Before a directive, a name whose head the lexicon lacks is still
// known by its shape ("Trại giam Thanh Lâm", "Bảo tàng tỉnh") or as a coined word ("Hepza", "Viettel").
import {
  ABBR_NOT_HEAD, APPOSITIVES, BARE_UNITS, CAPITAL_HEADS, COLLECTIVES, COMMON_HEADS, CONNECTORS, CUES, DETERMINERS, DIRECTIVE, FACT_VERBS, FIELDS,
  GROUP_HEADS, GROUP_QUALIFIERS, HONORIFICS, MANAGERS, MEASURES, MODIFIERS, NAME_ENDS, OBLIGATIONS, OFFICES, NAME_STOPS, NOT_DIRECTIVE, NOT_HEADS,
  OPENERS, PARTICIPANT_VERBS, PLACES, POSITIONS, REGIONS,
} from './lexicon';
import type { PhraseSet, Token } from './tokens';

export type Party = {
  /** Token range [s, e). */
  s: number;
  e: number;
  /** Starts with a determiner or covers places in the plural: later bare nouns after "," belong to it. */
  group: boolean;
  hasDeterminer: boolean;
  /** The head is written with a capital (an official name rather than a common noun). */
  capitalHead: boolean;
  hasModifier: boolean;
  isPerson: boolean;
  isPosition: boolean;
  /**
   * Start of the trailing lower-case words taken as part of the name (e for none). When nothing that can
   * follow a name comes after it, these words were an unknown verb and its object: the name is cut here.
   */
  tail: number;
};

/** Longest verb reading at i (a directive or a non-directive verb), to tell "Báo cáo" from "Báo Hải Dương". */
function verbLength(toks: readonly Token[], i: number): number {
  return Math.max(DIRECTIVE.match(toks, i), NOT_DIRECTIVE.match(toks, i), CUES.match(toks, i), PARTICIPANT_VERBS.match(toks, i));
}

const isComma = (t: Token | undefined) => !!t && t.text === ',';
const isAnd = (t: Token | undefined) => !!t && t.lower === 'và';

/** The party whose name starts at toks[i], or null. */
export function parseParty(toks: readonly Token[], i: number, directory: PhraseSet | null): Party | null {
  const fromDirectory = directory ? directory.match(toks, i) : 0;
  const shaped = parseShape(toks, i);
  if (fromDirectory && (!shaped || shaped.e <= i + fromDirectory)) {
    const e = i + fromDirectory;
    return { s: i, e, group: false, hasDeterminer: false, capitalHead: true, hasModifier: true, isPerson: false, isPosition: false, tail: e };
  }
  return shaped;
}

function parseShape(toks: readonly Token[], i: number): Party | null {
  let j = i;
  let honorific = HONORIFICS.match(toks, j);
  j += honorific;
  const det = DETERMINERS.match(toks, j);
  j += det;
  // "các đồng chí Huyện ủy viên …": a group of persons by their title.
  if (det && !honorific) {
    honorific = HONORIFICS.match(toks, j);
    j += honorific;
  }
  const first = toks[j];
  if (!first || !first.isWord) return null;

  const position = POSITIONS.match(toks, j);
  // "cấp ủy các chi bộ thôn, buôn", "lãnh đạo các sở, ngành": the committee, government or leaders of a group of units
  // are one collective party, and a group, so the bare members after its commas stay in it.
  const collective = position || det || honorific ? 0 : COLLECTIVES.match(toks, j);
  if (collective && DETERMINERS.match(toks, j + collective)) {
    const units = parseShape(toks, j + collective);
    if (units) return { ...units, s: i, group: true, hasDeterminer: false, capitalHead: first.cap };
  }
  let head = position;
  if (!head) {
    head = Math.max(
      first.cap || det ? CAPITAL_HEADS.match(toks, j) : 0,
      COMMON_HEADS.match(toks, j),
      det ? GROUP_HEADS.match(toks, j) : 0,
      first.abbr && !ABBR_NOT_HEAD.has(first.lower) ? 1 : 0,
    );
    // A verb or activity reading at least as long wins ("Tổ chức", "Ban hành", "Hội nghị"), unless a name
    // follows ("Thanh tra Sở GTVT") or a place word that a verb follows closes one ("Thanh tra tỉnh chuyển …").
    const verb = first.abbr ? 0 : Math.max(verbLength(toks, j), NOT_HEADS.match(toks, j));
    if (head && verb >= head && !(verb === head && (toks[j + head]?.cap || placeThenVerb(toks, j + head)))) head = 0;
  }
  if (!head && honorific && first.cap) head = 1; // a person's name after "đồng chí"
  if (!head && !honorific && !det && first.cap) return bareUnit(toks, i, j) ?? unknownName(toks, i, j);
  if (!head) return null;
  const manager = MANAGERS.match(toks, j) === head;
  j += head;
  // "Ban Quản lý các khu công nghiệp rà soát …": a board's name spells out the objects it manages, with no place word.
  if (manager) j = managedObjects(toks, j) || j;
  if (position && DETERMINERS.match(toks, j)) {
    // "Trưởng các khoa lâm sàng", "Thủ trưởng các cơ quan, đơn vị": a position over a group of units is one party,
    // and a group, so the bare members after its commas stay in it.
    const units = parseShape(toks, j);
    if (units) return { ...units, s: i, group: true, hasDeterminer: false, capitalHead: first.cap, isPerson: true, isPosition: true };
  }
  const field = FIELDS.match(toks, j);
  j += field;
  const end = modifiers(toks, j);
  return {
    s: i,
    e: end.e,
    group: det > 0 || end.group,
    hasDeterminer: det > 0,
    capitalHead: first.cap && !det,
    hasModifier: end.e > j || field > 0,
    isPerson: honorific > 0 || position > 0,
    isPosition: position > 0,
    tail: end.tail,
  };
}

/**
 * "Xã phải sớm …", "Huyện cần …": a capitalised unit noun alone, right before a directive, is the body the meeting
 * was with. Only then: followed by anything else it is a place's name or another word ("Xã hội", "Huyện Gia Lâm").
 */
function bareUnit(toks: readonly Token[], i: number, j: number): Party | null {
  const e = j + BARE_UNITS.match(toks, j);
  const directive = DIRECTIVE.match(toks, e);
  if (e === j || !directive || directive === FACT_VERBS.match(toks, e)) return null;
  return { s: i, e, group: false, hasDeterminer: false, capitalHead: true, hasModifier: false, isPerson: false, isPosition: false, tail: e };
}

/** How many lower-case syllables may complete a head the lexicon lacks ("Cơ sở cai nghiện ma túy"). */
const MAX_UNKNOWN_HEAD = 5;

/**
 * A name whose head the lexicon lacks, known by its shape when a directive follows it: a capitalised noun that
 * lower-case syllables complete, then a proper name or a place word ("Vườn quốc gia Phước Bình", "Trại giam Thanh Lâm",
 * "Bảo tàng tỉnh"), or a coined word ("Hepza", "Viettel Quảng Nam"). A person's name capitalises every syllable, so it
 * has no lower-case part; a verb, a function word, a connector, an opening adverbial ("Cuối năm tỉnh cần …"), an
 * activity or a time is no head.
 */
function unknownName(toks: readonly Token[], i: number, j: number): Party | null {
  let e = j + 1;
  if (!coined(toks[j])) {
    if (verbLength(toks, j) || NAME_STOPS.match(toks, j) || CONNECTORS.match(toks, j) || OPENERS.match(toks, j) || NOT_HEADS.match(toks, j)) return null;
    while (e <= j + MAX_UNKNOWN_HEAD && toks[e]?.isWord && !toks[e].cap && !/^\d/.test(toks[e].text) && !NAME_ENDS.match(toks, e) && !verbLength(toks, e) && !NAME_STOPS.match(toks, e)) e++;
    if (e === j + 1) return null;
    const place = NAME_ENDS.match(toks, e);
    if (!place && !toks[e]?.cap) return null;
    e += place;
  }
  while (toks[e]?.cap && toks[e].isWord) e++;
  // "Thời tiết miền Bắc cần được theo dõi": a modal before a passive says what is to be done to a thing, not by a body.
  const directive = DIRECTIVE.match(toks, e);
  if (!directive || directive === FACT_VERBS.match(toks, e) || directive <= NOT_DIRECTIVE.match(toks, e) || NOT_DIRECTIVE.match(toks, e + directive)) return null;
  return { s: i, e, group: false, hasDeterminer: false, capitalHead: true, hasModifier: true, isPerson: false, isPosition: false, tail: e };
}

/**
 * A brand or company word no Vietnamese syllable spells ("Hepza", "Viettel", "Vinacomin"): a syllable has one vowel
 * group, so two or more, in plain Latin letters, make a coined name.
 */
function coined(t: Token): boolean {
  return /^[a-z]+$/.test(t.lower) && (t.lower.match(/[aeiouy]+/g)?.length ?? 0) >= 2;
}

/** How far a board's object may run before its place word ("dự án đầu tư xây dựng công trình giao thông tỉnh"). */
const MAX_OBJECT = 12;

/** Extends a name over its modifiers; returns the end, whether plural places made it a group, and its tail. */
function modifiers(toks: readonly Token[], j: number): { e: number; group: boolean; tail: number } {
  let lowerRun = 0;
  let group = false;
  let tail = -1;
  // After a place word only capitalised words, modifiers and a short qualifier belong to the name.
  let closed = false;
  const free = () => {
    lowerRun = 0;
    tail = -1;
  };
  while (j < toks.length) {
    const t = toks[j];
    if (!t.isWord) {
      // "Phát thanh - Truyền hình", "Lao động - Thương binh", "TN & MT": a spaced hyphen or "&" between capitalised parts.
      if ((t.text === '-' || t.text === '–' || t.text === '&') && toks[j - 1]?.isWord && toks[j + 1]?.cap) {
        j++;
        continue;
      }
      break;
    }
    const mod = MODIFIERS.match(toks, j);
    if (mod) {
      closed ||= endsWithPlace(toks, j, j + mod);
      j += mod;
      if (BARE_UNITS.match(toks, j - mod) === mod && placeNumber(toks, j)) j++;
      free();
      continue;
    }
    if (t.lower === 'các') {
      const place = PLACES.match(toks, j + 1);
      if (place) {
        closed ||= endsWithPlace(toks, j + 1, j + 1 + place);
        j += 1 + place;
        group = true;
        free();
        continue;
      }
    } else if (t.cap || t.abbr) {
      // A title-case name capitalises only its first syllable, so a field or a verb that starts there is one word of
      // the name even where its later syllables read as a verb ("Phòng Đào tạo", "Phòng Công nghệ thông tin").
      j += Math.max(1, FIELDS.match(toks, j), verbLength(toks, j));
      free();
      continue;
    } else if (t.lower === 'và') {
      // "Thông tin và Truyền thông": "và" inside a name joins capitalised words that are not heads.
      if (toks[j + 1]?.cap && !startsHead(toks, j + 1)) {
        j++;
        continue;
      }
      break;
    }
    if (closed) {
      const qualified = placeQualifier(toks, j);
      if (!qualified) break;
      j = qualified;
      continue;
    }
    // "Trung tâm Truyền thông tài nguyên và môi trường": a field keeps its place inside a longer name.
    const field = verbLength(toks, j) ? 0 : FIELDS.match(toks, j);
    if (field) {
      j += field;
      free();
      continue;
    }
    // "Khoa Cấp cứu - Hồi sức tích cực và Chống độc": a verb reading that "và" and a capitalised part follow is inside the name.
    const joined = verbLength(toks, j) ? andCapitalPart(toks, j) : 0;
    if (joined) {
      j = joined;
      continue;
    }
    if (t.lower === 'các' || /^\d/.test(t.text) || NAME_STOPS.match(toks, j) || verbLength(toks, j) || lowerRun >= 4) {
      // "Ban Quản lý các khu công nghiệp tỉnh tiếp tục …", "Ban Quản lý dự án đầu tư xây dựng … tỉnh khẩn trương …":
      // a board's name spells out what it manages, up to a place word; a directive after that word confirms it.
      const object = t.lower === 'các' || tail >= 0 ? objectToPlace(toks, j) : 0;
      if (!object) break;
      j = object;
      closed = true;
      free();
      continue;
    }
    // The syllable right after a capitalised one completes its word ("Y tế", "Tuyên giáo"); later ones may be a verb.
    const completesWord = lowerRun === 0 && toks[j - 1]?.cap && !CAPITAL_HEADS.match(toks, j - 1);
    if (tail < 0 && !completesWord) tail = j;
    j++;
    lowerRun++;
  }
  return { e: j, group, tail: tail < 0 ? j : tail };
}

/** The "và" within three lower-case words of toks[j] that joins a capitalised part of a name (not a new head), or 0. */
function andCapitalPart(toks: readonly Token[], j: number): number {
  for (let p = j; p < j + 3 && toks[p]?.isWord && !toks[p].cap; p++) {
    if (toks[p].lower === 'và') return toks[p + 1]?.cap && !startsHead(toks, p + 1) ? p : 0;
  }
  return 0;
}

/** A place word at toks[j] with a verb right after it ("tỉnh chuyển"): it closes a name, it is no verb's object. */
function placeThenVerb(toks: readonly Token[], j: number): boolean {
  const place = NAME_ENDS.match(toks, j);
  return place > 0 && verbLength(toks, j + place) > 0;
}

/** Whether toks[s, e) ends with a place word that closes a name. */
function endsWithPlace(toks: readonly Token[], s: number, e: number): boolean {
  for (let p = s; p < e; p++) if (p + NAME_ENDS.match(toks, p) === e) return true;
  return false;
}

/**
 * End of a lower-case object from toks[j] through a place word, or a region with its proper name ("… hàng hải miền
 * Nam"), and the place's capitalised name, that a verb or a role ("… tỉnh cùng nhà thầu …") follows, or 0.
 */
function objectToPlace(toks: readonly Token[], j: number): number {
  for (let p = j; p < j + MAX_OBJECT && toks[p]?.isWord && !toks[p].cap; p++) {
    if (NAME_STOPS.match(toks, p) || /^\d/.test(toks[p].text)) return 0;
    const region = REGIONS.match(toks, p);
    const place = NAME_ENDS.match(toks, p) || (region && toks[p + region]?.cap ? region : 0);
    if (!place) continue;
    let e = p + place;
    while (toks[e]?.cap) e++;
    if (verbLength(toks, e) > 0 || toks[e]?.lower === 'cùng') return e;
  }
  return 0;
}

/** How many lower-case words a region may take before its proper name ("khu vực đồng bằng sông Cửu Long"). */
const MAX_REGION = 6;

/**
 * End of "các" + the lower-case objects a board manages ("các khu công nghiệp", "các chợ") when a verb, a modifier or
 * a capitalised word follows them, or 0.
 */
function managedObjects(toks: readonly Token[], j: number): number {
  if (toks[j]?.lower !== 'các' || PLACES.match(toks, j + 1)) return 0;
  let p = j + 1;
  while (p < j + MAX_OBJECT && toks[p]?.isWord && !toks[p].cap && !/^\d/.test(toks[p].text) && !verbLength(toks, p) && !NAME_STOPS.match(toks, p)) {
    if (MODIFIERS.match(toks, p)) return p;
    p++;
  }
  return p > j + 1 && (verbLength(toks, p) > 0 || toks[p]?.cap) ? p : 0;
}

/**
 * "các huyện ven biển", "các xã vùng cao", "các tỉnh, thành phố khu vực đồng bằng sông Cửu Long": up to three lower-case
 * words after a place word (more after a region word), then the region's proper name, when a verb follows them.
 */
function placeQualifier(toks: readonly Token[], j: number): number {
  const region = REGIONS.match(toks, j);
  const limit = j + (region ? MAX_REGION : 3);
  let p = j + region;
  while (p < limit && toks[p]?.isWord && !toks[p].cap && !/^\d/.test(toks[p].text) && !verbLength(toks, p) && !NAME_STOPS.match(toks, p)) p++;
  if (p === j) return 0;
  while (toks[p]?.cap && !verbLength(toks, p)) p++;
  return verbLength(toks, p) > 0 ? p : 0;
}

function startsHead(toks: readonly Token[], i: number): boolean {
  return CAPITAL_HEADS.match(toks, i) > 0 || POSITIONS.match(toks, i) > 0 || (toks[i].abbr && !ABBR_NOT_HEAD.has(toks[i].lower));
}

/**
 * A coordinated list of parties starting at toks[i]. A part after "," or "và" is its own party when it
 * has its own determiner, or the list is not a group, or it is a full official name (capital head and
 * modifiers); otherwise it is a member of the group before it ("các sở, ban, ngành liên quan").
 */
export function parsePartyList(toks: readonly Token[], i: number, directory: PhraseSet | null): Party[] | null {
  const first = parseParty(toks, i, directory);
  if (!first) return null;
  const parts = [first];
  let j = first.e;
  for (;;) {
    let sep = 0;
    if (isComma(toks[j])) sep = isAnd(toks[j + 1]) ? 2 : 1;
    else if (isAnd(toks[j])) sep = 1;
    if (!sep) break;
    const k = j + sep;
    const cur = parts[parts.length - 1];
    const next = parseParty(toks, k, directory);
    if (next) {
      // "Văn phòng HĐND và UBND huyện": an office's first body has no place of its own, it shares the last one's.
      if (isAnd(toks[k - 1]) && servesBodies(toks, cur) && next.capitalHead && !next.hasDeterminer) {
        cur.e = next.e;
        cur.tail = next.tail;
        j = next.e;
        continue;
      }
      const apposition = cur.isPerson && next.isPosition;
      // A person is never a member of a group: "Đối với UBND các xã, đồng chí Bí thư yêu cầu …" names the speaker.
      if (!apposition && (next.hasDeterminer || next.isPerson || !cur.group || (next.capitalHead && next.hasModifier))) parts.push(next);
      else {
        cur.e = next.e;
        cur.tail = next.tail;
      }
      j = next.e;
      continue;
    }
    if (toks[k]?.cap && toks[k].isWord && !verbLength(toks, k)) {
      // "Sở Văn hóa, Thể thao và Du lịch", "các Bộ Y tế, KH&ĐT, Tài chính": the name goes on after the comma.
      const more = modifiers(toks, k);
      cur.e = more.e;
      cur.tail = more.tail;
      j = cur.e;
      continue;
    }
    // "các huyện, thị xã, nhất là …": an appositive singles out members, it lists none (the caller skips it).
    // "UBND quận 3, quận 10 và quận Tân Bình": a body named for a place shares its head with the places listed after it.
    const member = APPOSITIVES.match(toks, k) ? 0 : cur.group ? bareMember(toks, k) : namedForPlace(toks, cur) ? placeMember(toks, k) : 0;
    if (!member) break;
    // "các tỉnh, thành phố trực thuộc Trung ương", "… thành phố khu vực Tây Nguyên": the group's modifiers or its
    // region may follow its last member.
    cur.e = MODIFIERS.match(toks, k + member) ? modifiers(toks, k + member).e : placeQualifier(toks, k + member) || k + member;
    cur.tail = cur.e;
    j = cur.e;
  }
  const last = parts[parts.length - 1];
  if (last.tail < last.e && !canFollowName(toks, last.e)) last.e = last.tail;
  const members = last.group ? enumeratedMembers(toks, last.e) : 0;
  if (members) last.e = last.tail = members;
  const qualified = (last.hasDeterminer ? passiveQualifier(toks, last.e) : 0) || (last.group ? possession(toks, last.e) : 0);
  if (qualified) last.e = last.tail = qualified;
  return parts;
}

/** How many words a group's qualifier may take ("có tuyến đường sắt đi qua"). */
const MAX_POSSESSION = 6;

/**
 * "UBND các xã có rừng tăng cường …", "các địa phương có dự án đi qua khẩn trương …", "các lực lượng tại cửa khẩu
 * thường xuyên …": "có", "tại" or "ở" + a noun up to a directive says which members of a group are meant. A measure or
 * a duty after "có" ("có kế hoạch …", "có trách nhiệm …") or a verb ("có hướng dẫn", "có tổ chức") is the task.
 * Returns the directive's token, or 0.
 */
function possession(toks: readonly Token[], j: number): number {
  if (!GROUP_QUALIFIERS.match(toks, j) || DIRECTIVE.match(toks, j) > 1 || NOT_DIRECTIVE.match(toks, j) || MEASURES.match(toks, j + 1) || verbLength(toks, j + 1)) return 0;
  // A passive or a tense on the way ("các địa phương tại đây được hỗ trợ …") makes the group the one acted on.
  for (let p = j + 2; p <= j + MAX_POSSESSION && toks[p - 1]?.isWord && !toks[p - 1].cap && !NOT_DIRECTIVE.match(toks, p - 1); p++) {
    if (DIRECTIVE.match(toks, p) > NOT_DIRECTIVE.match(toks, p)) return p;
  }
  return 0;
}

/** How many words a passive qualifier may take ("được giao vốn đầu tư"). */
const MAX_QUALIFIER = 4;

/**
 * "Các bệnh viện được thanh tra có trách nhiệm …": a group's "được" + verb qualifies which members are meant when an
 * obligation follows; without one the group was acted on ("Các hộ được hỗ trợ xây nhà"). Returns the obligation's
 * token, or 0.
 */
function passiveQualifier(toks: readonly Token[], j: number): number {
  if (toks[j]?.lower !== 'được') return 0;
  for (let p = j + 2; p <= j + MAX_QUALIFIER && toks[p - 1]?.isWord && !toks[p - 1].cap; p++) {
    if (OBLIGATIONS.match(toks, p)) return p;
  }
  return 0;
}

/**
 * "UBND các huyện: Gia Lâm, Đông Anh, Mê Linh tập trung …": a group's members named after a colon, up to the verb
 * that follows them. Returns the end of the last member, or 0 when no verb follows (a label or heading).
 */
function enumeratedMembers(toks: readonly Token[], j: number): number {
  if (toks[j]?.text !== ':') return 0;
  let p = j + 1;
  for (;;) {
    if (!toks[p]?.cap) return 0;
    while (toks[p]?.cap) p++;
    if (isComma(toks[p]) || isAnd(toks[p])) p += isComma(toks[p]) && isAnd(toks[p + 1]) ? 2 : 1;
    else return toks[p]?.isWord && verbLength(toks, p) > 0 ? p : 0;
  }
}

/** An office ("Văn phòng HĐND") whose name has no place word yet: a body joined by "và" is another body it serves. */
function servesBodies(toks: readonly Token[], party: Party): boolean {
  return OFFICES.match(toks, party.s) > 0 && party.e > party.s + 1 && !endsWithPlace(toks, party.s, party.e);
}

/** What may come after a name: a verb, a cue, a role or time word, a comma or colon (not a full stop). */
function canFollowName(toks: readonly Token[], j: number): boolean {
  const t = toks[j];
  if (!t) return false;
  if (!t.isWord) return t.text === ',' || t.text === ':' || t.text === '(';
  return verbLength(toks, j) > 0 || NAME_STOPS.match(toks, j) > 0 || t.lower === 'và';
}

/**
 * "quận 3", "phường 12": a number right after a place word names it, unless a count ("huyện 2 năm liền …"): only a
 * verb, "và" or punctuation may follow it.
 */
function placeNumber(toks: readonly Token[], j: number): boolean {
  const next = toks[j + 1];
  return /^\d{1,2}$/.test(toks[j]?.text ?? '') && (!next || !next.isWord || isAnd(next) || verbLength(toks, j + 1) > 0);
}

/** Whether the party's name ends with a place word and its name ("UBND quận 3", "UBND huyện Gia Lâm"). */
function namedForPlace(toks: readonly Token[], party: Party): boolean {
  for (let p = party.s + 1; p < party.e; p++) {
    const place = BARE_UNITS.match(toks, p);
    if (place && p + place < party.e && toks.slice(p + place, party.e).every((t) => t.cap || /^\d/.test(t.text))) return true;
  }
  return false;
}

/** A place word with its name ("huyện Cao Lãnh", "quận 10") listed after a comma or "và", or 0. */
function placeMember(toks: readonly Token[], k: number): number {
  const place = BARE_UNITS.match(toks, k);
  if (!place) return 0;
  if (placeNumber(toks, k + place)) return place + 1;
  if (!toks[k + place]?.cap) return 0;
  let e = k + place;
  while (toks[e]?.cap && !verbLength(toks, e)) e++;
  return e - k;
}

/**
 * A short lower-case noun listed in a group ("các chủ hồ đập, thủy lợi, thủy điện") or a place word with its name
 * ("UBND các huyện Cao Lãnh, Tháp Mười và thành phố Cao Lãnh"), or 0; never the speaker ("…, ông đề nghị").
 */
function bareMember(toks: readonly Token[], k: number): number {
  if (HONORIFICS.match(toks, k)) return 0;
  const place = placeMember(toks, k);
  if (place) return place;
  let w = 0;
  while (w < 2 && toks[k + w]?.isWord && !toks[k + w].cap && !/^\d/.test(toks[k + w].text)) {
    if (NAME_STOPS.match(toks, k + w) || verbLength(toks, k + w) || (w > 0 && MODIFIERS.match(toks, k + w))) break;
    w++;
  }
  if (!w) return 0;
  const after = toks[k + w];
  const closes =
    !after || isComma(after) || isAnd(after) || !after.isWord || verbLength(toks, k + w) > 0 ||
    NAME_STOPS.match(toks, k + w) > 0 || MODIFIERS.match(toks, k + w) > 0 || placeQualifier(toks, k + w) > 0;
  return closes ? w : 0;
}

/**
 * "đề nghị huyện tập trung …", "yêu cầu xã khẩn trương …": right after a speaker's cue, a lower-case unit noun before
 * a directive refers to the body the meeting was with, as a capitalised one does anywhere. Elsewhere a lower-case
 * "huyện" or "tỉnh" is a place ("cán bộ huyện cần …"), so only the caller knows a cue precedes.
 */
export function parseReferent(toks: readonly Token[], i: number): Party | null {
  return toks[i]?.isWord && !toks[i].cap ? bareUnit(toks, i, i) : null;
}

/** How far a label may run past its recognised name to the colon. */
const MAX_LABEL_GAP = 8;

/**
 * A party written as a label before ":" at toks[i] ("Phòng Người có công: …", "Các công ty đầu tư, kinh doanh hạ tầng
 * khu công nghiệp:"), or null. The colon closes the name: it runs on over words the shape rules stopped at, unless
 * one could start a predicate (a cue, a function word, a tense or report verb, a directive other than a fact verb: "UBND tỉnh yêu
 * cầu:"), and over commas only in a group, whose members share its determiner.
 */
export function parseLabel(toks: readonly Token[], i: number, directory: PhraseSet | null): Party[] | null {
  const parts = parsePartyList(toks, i, directory);
  if (!parts) return null;
  const last = parts[parts.length - 1];
  let j = last.e;
  for (; j < toks.length && toks[j].text !== ':'; j++) {
    const t = toks[j];
    if (j - last.e >= MAX_LABEL_GAP) return null;
    if (!t.isWord) {
      if (t.text === ',' ? last.group : t.text === '-' || t.text === '–' || t.text === '&') continue;
      return null;
    }
    const directive = DIRECTIVE.match(toks, j);
    const predicate =
      (directive > 0 && directive !== FACT_VERBS.match(toks, j)) || CUES.match(toks, j) || NOT_DIRECTIVE.match(toks, j) ||
      PARTICIPANT_VERBS.match(toks, j) || NAME_STOPS.match(toks, j);
    if (predicate) return null;
  }
  if (toks[j]?.text !== ':') return null;
  last.e = j;
  last.tail = j;
  return parts;
}
