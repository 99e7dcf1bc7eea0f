// Action-item extractor: turns the chair's conclusions into proposed items (who leads, who supports, the
// task, the deadline). Owns the walk over the document and the addressee rules (cue verbs, subjects,
// "Đối với X" headings, "X: …" labels, lead-ins of lists and the time frames of Roman parts, follow-up sentences that
// only date or deliver the previous task, a name's bare start referring back to it) and what is not addressed (reports
// with "đã", statements (a figure as subject, a passive, a body's own "sẽ"), progress so far ("… nhưng đến nay vẫn chưa
// …"), participants' proposals and pledges, topic headings); the vocabulary, party shapes, roles, time
// expressions and document furniture live in their own modules. Pure: no clock, no I/O.
import type { ProposedItem } from '../domain/types';
import { findTimes, isCalendarDay, mostSpecific, specificity, type TimeMatch } from './deadlines';
import {
  AGREE, APPOSITIVES, COMMAND_CUES, CONNECTORS, CUE_ADVERBIALS, CUES, DEADLINE_ONLY, DELIVERABLES, DELIVERY, DIRECTIVE, EMPHASIS_CUES, HONORIFICS, INTAKE, NOT_DIRECTIVE,
  LEVELS, NOT_LEVELS, OBLIGATIONS, OPENERS, PARTICIPANT_VERBS, PERSON_MARKERS, POSITIONS, QUALIFYING_VERBS, REPORT_BACK, REPRESENTATIVES, TENSE,
  TOPICS, WEAK_CUES,
} from './lexicon';
import { cleanText, nfcEnd, nfcSlice, type CleanText } from './normalize';
import { parseLabel, parseParty, parsePartyList, parseReferent, type Party } from './parties';
import { leadingRoles, supportInTask } from './roles';
import { clauses, paragraphs, type Range } from './segment';
import { PhraseSet, tokenize, type Token } from './tokens';

export type DirectoryEntry = { name: string; shortName?: string; aliases?: string[] };
export type ExtractOptions = { docDate: string | null /* YYYY-MM-DD, supplies missing years */; directory?: DirectoryEntry[] };

/** Character ranges in the cleaned text. */
type Names = Range[];
type Draft = { lead: Names; support: Names; task: Range; span: Range; deadline: TimeMatch | null; confidence: number };
type Addressee = {
  /** null: the sentence names no addressee of its own and continues the current one. */
  lead: Party[] | null;
  support: Party[];
  /** Token where the task starts. */
  taskStart: number;
  /** Token where the addressee phrase starts: time adverbials before it apply to the whole sentence. */
  phraseStart: number;
  confidence: number;
};
/** What the open section gives a sentence in it. */
type Scope = {
  /** The section's addressee when the sentence opens an entry. */
  entryLead: Names | null;
  /** The section's time frame; an entry's own expressions win over it. */
  time: TimeMatch | null;
  /** The section names an addressee (a heading or a lead-in "Giao X …:"). */
  listed: boolean;
  /** The paragraph is one of the section's entries: a bullet, or the paragraph right after its opening. */
  entry: boolean;
};
type Section = {
  lead: Names | null;
  /** The time frame of the entries: their own expressions win over it. */
  deadline: TimeMatch | null;
  persistent: boolean;
  fresh: boolean;
  /** A lead-in's entries are plain lines, not bullets: each line opening with a verb stays one of them. */
  plain: boolean;
};

// "Về đề nghị hỗ trợ …: giao X …", "theo yêu cầu", "các chỉ đạo": the cue word is a noun there.
const NOUN_USE_BEFORE_CUE = new Set(['về', 'được', 'theo', 'các', 'những', 'đúng', 'có', 'mọi', 'với', 'đáp', 'ứng']);
const FOR_PHRASE = new PhraseSet(['đối với', 'riêng', 'riêng đối với']);
const MODALS = new PhraseSet(['cần', 'phải', 'được', 'sẽ', 'nên']);
const ALSO = new PhraseSet(['cũng', 'tiếp tục', 'đã']);
// A clause reporting how far the work has got ("… trước ngày 30/6/2022 nhưng đến nay vẫn chưa đạt", "còn 37 hộ chưa
// nhận tiền") assesses, even inside an addressed sentence. "Từ đầu năm đến nay" only bounds a span.
const SO_FAR = /(?<![\p{L}\p{N}])đến\s+nay(?![\p{L}\p{N}])/iu;
const SINCE = /(?<![\p{L}\p{N}])từ\s/iu;
const STILL_LEFT = /^(?:(?:nhưng|song|hiện|hiện nay|vẫn)\s+)*còn\s+\d/iu;
// An opening time adverbial ("Năm 2023,", "Từ đầu năm đến nay,") before a statement's subject: a period word or a
// number up to its comma.
const PERIOD_OPENERS = new PhraseSet(['năm', 'tháng', 'quý', 'hiện nay', 'đến nay']);
const DATED = /\d|(?<![\p{L}\p{N}])nay(?![\p{L}\p{N}])/iu;
// The syllables a thing's subject may take before its verb ("hồ sơ", "trụ sở xã"); a "đã" further on qualifies an object.
const MAX_STATED_SUBJECT = 4;
// Syllables of a name's start that refer back to it ("Vườn", "Trung tâm", "Bảo tàng tỉnh").
const MAX_BACK_REFERENCE = 3;
// With a tense marker, what states a fact: a passive, or the future of a body's own plan ("Thường trực Tỉnh ủy sẽ xem xét").
const FUTURE_OR_PASSIVE = new PhraseSet(['sẽ', 'được']);
const TRAILING = /[\s.,;:…!?/]/u;
const LEADING = /[\s,.;:]/u;

const directoryCache = new WeakMap<DirectoryEntry[], PhraseSet>();

/** Proposes action items. Spans are character offsets into text.normalize('NFC'). Pure: no Date.now(), no I/O. */
export function extractActionItems(text: string, options: ExtractOptions): ProposedItem[] {
  const t = cleanText(text);
  const directory = options.directory?.length ? directorySet(options.directory) : null;
  // A malformed document date supplies nothing, as if there were none.
  const docDate = isCalendarDay(options.docDate) ? options.docDate : null;
  const drafts = new Walker(t.clean, docDate, directory).run();
  return drafts.map((d) => toItem(t, d));
}

function directorySet(entries: DirectoryEntry[]): PhraseSet {
  let set = directoryCache.get(entries);
  if (!set) {
    set = new PhraseSet(entries.flatMap((e) => [e.name, e.shortName ?? '', ...(e.aliases ?? [])]).filter((n) => n.trim()));
    directoryCache.set(entries, set);
  }
  return set;
}

class Walker {
  private readonly drafts: Draft[] = [];
  /** Positions the text has shown speaking ("Chủ tịch UBND tỉnh kết luận …"): not addressed by their own conclusions. */
  private readonly speakers = new Set<string>();

  constructor(
    private readonly s: string,
    private readonly docDate: string | null,
    private readonly dir: PhraseSet | null,
  ) {}

  run(): Draft[] {
    // The open list or heading, if any. A paragraph stays in it only as an entry, under a heading, or right
    // after its lead-in; a sentence naming its own addressee closes a lead-in's list for the rest of the
    // paragraph, so every read below goes through the current value, never a copy taken at the start.
    let section: Section | null = null;
    const paras = paragraphs(this.s);
    for (let pi = 0; pi < paras.length; pi++) {
      const para = paras[pi];
      // A Roman-numbered part ("II. Nhiệm vụ thời gian tới") closes whatever list or heading was open; a time frame
      // it states itself ("II. Nhiệm vụ trọng tâm trong tháng 4/2015") reaches its entries, as a lead-in's does.
      const opening = para.sentences[0] ?? para;
      const plainEntry = !!section?.plain && !para.isEntry && this.continues(tokenize(this.s, opening.start, opening.end));
      if (section && (para.isPart || !(para.isEntry || section.persistent || section.fresh || plainEntry))) section = null;
      if (para.isPart && !para.isLeadIn) section = this.partFrame(para);
      let current: Names | null = section?.lead ?? null;
      const firstOfPara = this.drafts.length;
      let opened = false;
      for (let idx = 0; idx < para.sentences.length; idx++) {
        const sent = para.sentences[idx];
        const toks = tokenize(this.s, sent.start, sent.end);
        this.noteSpeakers(toks);
        if (para.isLeadIn && idx === para.sentences.length - 1) {
          section = this.leadIn(toks, sent, current, section);
          opened = true;
          continue;
        }
        // "Ban cán sự đảng UBND tỉnh" alone on a line, its bullets below, heads them as a numbered entry would.
        const heads = para.sentences.length === 1 && (para.isEntry || !!paras[pi + 1]?.isEntry);
        const heading = heads ? this.partyHeading(toks) : null;
        if (heading) {
          // "1.\tPhòng Văn hóa và Thông tin" with its entries below: a heading without a colon, as "1. Phòng …:" would be.
          section = { lead: heading, deadline: section?.deadline ?? null, persistent: true, fresh: true, plain: false };
          opened = true;
          continue;
        }
        if (this.drafts.length > firstOfPara && this.mergeDeadline(toks, sent)) continue;
        const result = this.sentence(toks, sent, current, {
          entryLead: para.isEntry && idx === 0 ? (section?.lead ?? null) : null,
          time: section?.deadline ?? null,
          listed: !!section?.lead,
          entry: para.isEntry || !!section?.fresh || plainEntry,
        });
        if (result.own && section && !para.isEntry && !section.persistent && idx === 0) section = null;
        if (result.lead) current = result.lead;
      }
      if (section && !opened) {
        // "Đề nghị X lãnh đạo, chỉ đạo:" then unmarked lines: the first line after the lead-in tells how its entries are written.
        section.plain = !!section.lead && !section.persistent && !para.isEntry && (section.fresh || section.plain);
        section.fresh = false;
      }
    }
    return this.drafts;
  }

  /**
   * A paragraph ending in ":" introduces a list (its addressee and time frame apply to the entries) or is a heading.
   * `outer` is the open section this paragraph stands in, if any.
   */
  private leadIn(toks: Token[], sent: Range, current: Names | null, outer: Section | null): Section {
    const a = this.reports(toks, toks.length) ? null : this.addressee(toks, toks.length, true);
    const times = findTimes(this.s, sent.start, sent.end, this.docDate);
    let lead = a?.lead ? this.ranges(toks, a.lead) : a ? current : null;
    // "Đối với Sở Y tế:", "2. Sở Y tế:" — a heading that only names its addressee.
    let persistent = !!a?.lead && a.taskStart >= toks.length - 1;
    if (!a && TOPICS.match(toks, 0) && outer?.lead) {
      // "Về công tác phòng, chống dịch:" under a party's heading only sorts that party's entries.
      lead = outer.lead;
      persistent = true;
    }
    // A heading changes the addressee, not the time frame: "… trong tháng 6 như sau:" reaches the entries under
    // each "Đối với X:" after it, heading after heading. So does a list that is itself an entry, unless it has its own.
    return { lead, deadline: mostSpecific(times) ?? outer?.deadline ?? null, persistent, fresh: true, plain: false };
  }

  /** The whole entry names parties, in lists separated by ";" ("3. Các cơ quan thuộc UBND huyện; UBND các xã"), or null. */
  private partyHeading(toks: Token[]): Names | null {
    const all: Party[] = [];
    for (let i = 0; ; ) {
      const parts = parsePartyList(toks, i, this.dir);
      if (!parts) return null;
      all.push(...parts);
      i = parts[parts.length - 1].e;
      if (i === toks.length) return this.ranges(toks, all);
      if (toks[i].text !== ';') return null;
      i++;
    }
  }

  /** The time frame a Roman part's heading states, as a section naming no addressee; null without one. */
  private partFrame(para: Range): Section | null {
    const deadline = mostSpecific(findTimes(this.s, para.start, para.end, this.docDate));
    return deadline ? { lead: null, deadline, persistent: true, fresh: false, plain: false } : null;
  }

  /**
   * "Thời hạn hoàn thành trước ngày …" only dates the previous task; "Kết quả báo cáo UBND tỉnh trước ngày …" only
   * delivers it, so its deadline is the task's when the task has none of its own. Either merges into the task.
   */
  private mergeDeadline(toks: Token[], sent: Range): boolean {
    const dates = DEADLINE_ONLY.match(toks, 0) > 0;
    if (!dates && !this.delivers(toks, 0)) return false;
    const best = mostSpecific(findTimes(this.s, sent.start, sent.end, this.docDate));
    if (!best) return false;
    const prev = this.drafts[this.drafts.length - 1];
    if (!prev.deadline || (dates && specificity(best) >= specificity(prev.deadline))) prev.deadline = best;
    prev.span = { start: prev.span.start, end: sent.end };
    return true;
  }

  /** "Kết quả báo cáo …", "Hồ sơ gửi …", "Báo cáo kết quả về …" at toks[i]: hands on the previous task's product. */
  private delivers(toks: Token[], i: number): boolean {
    if (REPORT_BACK.match(toks, i)) return true;
    const product = DELIVERABLES.match(toks, i);
    return product > 0 && DELIVERY.match(toks, i + product) > 0;
  }

  private sentence(toks: Token[], sent: Range, current: Names | null, scope: Scope) {
    const entryLead = scope.entryLead;
    const cls = clauses(this.s, sent.start, sent.end).map((c) => tokenRange(toks, c));
    // only ";" and spaces, a report or a statement
    if (!cls.length || this.reports(toks, cls[0].e) || this.states(toks, 0, cls[0].e)) return { own: false, lead: null };
    // Under "Giao UBND các huyện:", an entry "Chỉ đạo UBND các xã …" is the huyện directing the xã: no one speaks
    // in it, so the verb is the task's own, not the issuer's cue. A plain paragraph after the entries is the issuer's.
    const ownCommand = scope.listed && scope.entry && COMMAND_CUES.match(toks, skipConnectors(toks, 0)) > 0;
    let a = ownCommand ? null : (this.addressee(toks, cls[0].e, false) ?? this.backReference(toks, cls[0].e, entryLead ?? current));
    // "Thống nhất chủ trương …; giao Sở X …": a clause that assigns nothing (an approval, an assessment), then a ";"
    // clause that does: the items start there.
    let first = 0;
    if (!a && !ownCommand && !entryLead && !this.continues(toks)) {
      const later = cls.findIndex((c, ci) => ci > 0 && !!this.clauseCue(toks, c)?.lead);
      if (later > 0) [first, a] = [later, this.clauseCue(toks, cls[later])];
    }
    const inherited = entryLead ?? current;
    const named = a?.lead ? this.ranges(toks, a.lead) : null;
    const addressed = a ? (named ?? inherited) : null;
    // A plain paragraph naming its own addressee further under a heading is not one of its entries ("Giao Văn
    // phòng theo dõi …" closing the document): the section's time frame does not reach it.
    const sectionTime = scope.entry || !named ? scope.time : null;
    let lead: Names;
    let support: Names = [];
    let taskStart: number;
    let confidence: number;
    let sentenceTime: TimeMatch | null = null;
    if (a && addressed) {
      lead = addressed;
      support = this.ranges(toks, a.support);
      taskStart = a.taskStart;
      confidence = a.confidence;
      if (a.phraseStart > 0) sentenceTime = mostSpecific(findTimes(this.s, sent.start, toks[a.phraseStart].start, this.docDate));
    } else if (inherited && (entryLead || ownCommand || this.continues(toks)) && !this.topicOnly(toks, cls[0].e)) {
      // "b) Chủ trì, phối hợp với Y tổ chức …": an inherited lead's role formula is cut as after a named one.
      const roles = leadingRoles(toks, 0, this.dir);
      lead = inherited;
      support = this.ranges(toks, roles.support);
      taskStart = roles.next;
      confidence = entryLead ? 0.75 : 0.65;
    } else {
      return { own: false, lead: null };
    }

    const firstDraft = this.drafts.length;
    // A ":" inside a task ("hồ sơ, gồm: …; …; …") opens a list of objects that runs to the end of the sentence.
    let listing = false;
    for (let ci = first; ci < cls.length; ci++) {
      const c = cls[ci];
      let start = ci === first ? Math.max(taskStart, c.s) : c.s;
      if (start >= c.e || this.soFar(toks, start, c.e) || (ci > first && !listing && this.states(toks, c.s, c.e))) continue;
      if (ci > first) {
        const own = this.subject(toks, c.s, c.e) ?? this.clauseCue(toks, c);
        if (own?.lead) {
          lead = this.ranges(toks, own.lead);
          support = this.ranges(toks, own.support);
          start = own.taskStart;
        } else if (own) {
          start = own.taskStart; // "…; đồng chí X yêu cầu khẩn trương …": the speaker's cue, same addressee
        } else {
          const roles = leadingRoles(toks, c.s, this.dir);
          if (roles.support.length) support = dedupe([...support, ...this.ranges(toks, roles.support)]);
          start = roles.next;
          if (this.drafts.length > firstDraft && (listing || !this.startsTask(toks, c.s, c.e))) {
            // "…; phòng, chống cháy rừng": the ";" only separates objects of the previous verb.
            const prev = this.drafts[this.drafts.length - 1];
            prev.task = trimTask(this.s, prev.task.start, toks[c.e - 1].end);
            prev.span = { start: prev.span.start, end: prev.task.end };
            continue;
          }
        }
      }
      const inTask = this.ranges(toks, supportInTask(toks, start, c.e, this.dir));
      support = dedupe([...support, ...inTask]).filter((x) => !lead.some((l) => sameName(this.s, l, x)));
      const task = trimTask(this.s, toks[start].start, toks[c.e - 1].end);
      if (task.end <= task.start) continue;
      listing = toks.slice(start, c.e).some((t) => t.text === ':');
      // The sentence's opening adverbial competes with the clause's own expressions (most specific wins);
      // a list's lead-in only fills in when the entry has none.
      const own = mostSpecific([...findTimes(this.s, task.start, task.end, this.docDate), ...(sentenceTime ? [sentenceTime] : [])]);
      const leadStart = lead[0]?.start ?? task.start;
      const spanStart = leadStart >= sent.start && leadStart < task.start ? leadStart : task.start;
      this.drafts.push({ lead, support, task, span: { start: spanStart, end: task.end }, deadline: own ?? sectionTime, confidence });
    }
    return { own: !!named, lead };
  }

  /** Who the sentence addresses: "đề nghị X …", "Đối với X, …", or a subject X followed by a directive verb. */
  private addressee(toks: Token[], end: number, leadIn: boolean): Addressee | null {
    const forPhrase = this.forPhrase(toks, end);
    if (forPhrase) return forPhrase;
    const label = this.label(toks);
    if (label) return label;
    const subj = this.subject(toks, 0, end);
    if (subj) return subj;
    for (let p = 0; p < end; p++) {
      const a = this.cueAt(toks, p, end, leadIn);
      if (a) return a;
    }
    return null;
  }

  /** "Đối với các cơ quan báo chí, tăng cường …" / "Đối với Sở Y tế:" */
  private forPhrase(toks: Token[], end: number): Addressee | null {
    const i = skipConnectors(toks, 0);
    const f = FOR_PHRASE.match(toks, i);
    if (!f) return null;
    const parts = parsePartyList(toks, i + f, this.dir);
    // "Đối với UBND các xã, Bí thư Huyện ủy yêu cầu …": the person after the comma speaks, the phrase ends before.
    while (parts && parts.length > 1 && parts[parts.length - 1].isPerson && !parts[parts.length - 2].isPerson) parts.pop();
    const after = parts ? toks[parts[parts.length - 1].e] : undefined;
    if (!parts || !after || (after.text !== ',' && after.text !== ':') || parts[parts.length - 1].e >= end) return null;
    const k = parts[parts.length - 1].e + 1;
    // "Đối với các địa phương, ông đề nghị sớm bàn giao …": a cue with no party of its own hands its task to the
    // "Đối với" party; a cue naming one ("…, đồng chí giao Phòng Tài chính …") addresses that one.
    // Emphasis ("…, Phó Chủ tịch lưu ý cần …") needs no party after it here: the phrase has named one.
    const p = this.afterSpeaker(toks, k);
    const cue = this.cueAt(toks, p, end, false);
    if (cue?.lead) return cue;
    const c = CUES.match(toks, p);
    if (cue || (c && this.opensDirective(toks, p + c))) {
      return { lead: parts, support: [], taskStart: cue?.taskStart ?? p + c, phraseStart: i, confidence: 0.85 };
    }
    const roles = leadingRoles(toks, k, this.dir);
    return { lead: parts, support: roles.support, taskStart: roles.next, phraseStart: i, confidence: 0.85 };
  }

  /**
   * "Cùng với đó, Vườn cần …" after "Vườn quốc gia X …": the capitalised start of the current addressee's name, alone
   * before a directive, refers back to it. It leads as written, whatever its head; the connector stays out.
   */
  private backReference(toks: Token[], end: number, current: Names | null): Addressee | null {
    const name = current?.length === 1 ? this.s.slice(current[0].start, current[0].end).toLowerCase() : null;
    const p = skipConnectors(toks, 0);
    if (!name || !toks[p]?.cap) return null;
    for (let k = p + 1; k < end && k <= p + MAX_BACK_REFERENCE && toks[k - 1].isWord; k++) {
      if (!this.opensDirective(toks, k)) continue;
      const said = this.s.slice(toks[p].start, toks[k - 1].end).toLowerCase();
      if (!name.startsWith(said) || (name.length > said.length && name[said.length] !== ' ')) return null;
      const roles = leadingRoles(toks, k, this.dir);
      const party: Party = { s: p, e: k, group: false, hasDeterminer: false, capitalHead: true, hasModifier: false, isPerson: false, isPosition: false, tail: k };
      return { lead: [party], support: roles.support, taskStart: roles.next, phraseStart: p, confidence: 0.7 };
    }
    return null;
  }

  /**
   * "Phòng Người có công: phối hợp với …; xây dựng …" — a label names the lead of the directive after its colon, or of
   * the entries under it when nothing follows. "Huyện A: 5 ca mắc mới" reports.
   */
  private label(toks: Token[]): Addressee | null {
    const parts = parseLabel(toks, 0, this.dir);
    if (!parts) return null;
    const roles = leadingRoles(toks, parts[parts.length - 1].e + 1, this.dir);
    if (roles.next < toks.length && !roles.support.length && !this.opensDirective(toks, roles.next)) return null;
    return { lead: parts, support: roles.support, taskStart: roles.next, phraseStart: 0, confidence: 0.8 };
  }

  /** Past the speaker at toks[k] ("ông", "đồng chí Bí thư", "Chủ tịch UBND tỉnh cũng"), if one is named there. */
  private afterSpeaker(toks: Token[], k: number): number {
    const parts = parsePartyList(toks, k, this.dir);
    let p = parts?.every((x) => x.isPerson) ? parts[parts.length - 1].e : k + HONORIFICS.match(toks, k);
    while (ALSO.match(toks, p) && !CUES.match(toks, p)) p += ALSO.match(toks, p);
    return p;
  }

  /**
   * The subject reports what was done ("Các phòng, đơn vị đã bám sát …") or is a participant speaking ("Đại diện Sở X
   * đề nghị …", "Xã cũng kiến nghị …", "X cho biết sẽ …"): nothing in the sentence is the chair's directive, even as
   * an entry of an addressed list.
   */
  private reports(toks: Token[], end: number): boolean {
    for (const at of this.subjectStarts(toks, 0, end)) {
      if (REPRESENTATIVES.match(toks, at)) return true;
      const parts = parsePartyList(toks, at, this.dir);
      if (!parts) continue;
      let k = parts[parts.length - 1].e;
      // "Các tổ kiểm tra đã …": a verb reading before a tense was part of the subject.
      const noun = DIRECTIVE.match(toks, k);
      if (noun && TENSE.match(toks, k + noun)) k += noun;
      while (ALSO.match(toks, k) && !TENSE.match(toks, k)) k += ALSO.match(toks, k);
      if (PARTICIPANT_VERBS.match(toks, k) && !this.intakeThenWork(toks, k, end)) return true;
      const tense = TENSE.match(toks, k);
      // "Đồng chí Bí thư đã yêu cầu …" still speaks as the chair; "Các xã đã đạt chuẩn cần duy trì …" is addressed.
      if (tense) return !CUES.match(toks, k + tense + ALSO.match(toks, k + tense)) && !hasObligation(toks, k + tense, end);
    }
    return false;
  }

  /**
   * The clause toks[s, e) states a fact or a body's own plan, not work to do: a percentage as its subject ("100% trụ sở
   * xã được kết nối …"), or a tense marker, a passive "được" or a future "sẽ" before its verb, with no subject, a party
   * or a short one, after an opening time adverbial or topic or not ("Đang triển khai …", "Năm 2023, tỉnh đã cơ bản hoàn
   * thành …", "…; hồ sơ đã được số hóa", "Đối với đề xuất của huyện về …, Thường trực Tỉnh ủy sẽ xem xét …"), or a person
   * who only assesses or speaks. A speaker's cue, an obligation or a consequence ("trường hợp đã vận động … thì lập hồ
   * sơ …") after the marker still directs.
   */
  private states(toks: Token[], s: number, e: number): boolean {
    // "Về kiến nghị của …," is a topic up to its comma, not a connector before the subject.
    let p = TOPICS.match(toks, s) ? s : skipConnectors(toks, s);
    if (PERIOD_OPENERS.match(toks, p) || OPENERS.match(toks, p) || TOPICS.match(toks, p)) {
      let comma = p;
      while (comma < e && toks[comma].text !== ',' && !CUES.match(toks, comma)) comma++;
      const framed = comma < e && toks[comma].text === ',';
      if (framed && (TOPICS.match(toks, p) > 0 || DATED.test(this.s.slice(toks[p].start, toks[comma].start)))) p = comma + 1;
    }
    if (/^\d/.test(toks[p]?.text ?? '') && toks[p + 1]?.text === '%') return true;
    const subject = parsePartyList(toks, p, this.dir);
    let from = subject ? subject[subject.length - 1].e : p;
    while (ALSO.match(toks, from) && !TENSE.match(toks, from)) from += ALSO.match(toks, from);
    // "…, đồng chí Bí thư ghi nhận và cho biết …": a person who assesses or speaks, not one given work, unless a cue
    // follows ("… thống nhất chủ trương và giao Cục Thuế …").
    const says = Math.max(NOT_DIRECTIVE.match(toks, from), PARTICIPANT_VERBS.match(toks, from));
    const speaker = !!subject?.every((x) => x.isPerson) && !TENSE.match(toks, from);
    if (speaker && says > DIRECTIVE.match(toks, from) && !hasCue(toks, from, e)) return true;
    for (let k = from; k < e && k <= from + MAX_STATED_SUBJECT && toks[k].isWord; k++) {
      const marker = TENSE.match(toks, k) || FUTURE_OR_PASSIVE.match(toks, k);
      if (marker) return !CUES.match(toks, k + marker) && !hasObligation(toks, k + marker, e) && !this.consequence(toks, k + marker, e);
      if (DIRECTIVE.match(toks, k) || CUES.match(toks, k) || MODALS.match(toks, k)) return false;
    }
    return false;
  }

  /** "tiếp thu …, hoàn thiện …" at toks[k]: work verbs after a comma and no "sẽ" make the intake a directive. */
  private intakeThenWork(toks: Token[], k: number, end: number): boolean {
    if (!INTAKE.match(toks, k)) return false;
    let chained = false;
    for (let p = k; p < end; p++) {
      if (toks[p].lower === 'sẽ') return false; // the subject's own plan
      if (toks[p].text === ',' && this.opensDirective(toks, p + 1)) chained = true;
    }
    return chained;
  }

  /** "Về kiến nghị của Huyện ủy X", "Đối với kiến nghị về …" standing alone: a topic, not a task. */
  private topicOnly(toks: Token[], end: number): boolean {
    if (!TOPICS.match(toks, 0)) return false;
    for (let p = 0; p < end; p++) if (toks[p].text === ',' || toks[p].text === ':') return false;
    return true;
  }

  /**
   * An issuer's cue opening the ";" clause c ("…; giao Sở X …", "…; đồng thời đề nghị Y …"). Not a weak one: "…; chỉ
   * đạo các bệnh viện …" is the addressee directing its own units.
   */
  private clauseCue(toks: Token[], c: { s: number; e: number }): Addressee | null {
    const p = skipConnectors(toks, c.s);
    return WEAK_CUES.match(toks, p) ? null : this.cueAt(toks, p, c.e, false);
  }

  /** A subject at the start of toks[from, end) or after an opening adverbial, followed by a directive (or by a cue: then it is the speaker). */
  private subject(toks: Token[], from: number, end: number): Addressee | null {
    for (const at of this.subjectStarts(toks, from, end)) {
      const parts = parsePartyList(toks, at, this.dir);
      if (!parts) continue;
      let k = pastAppositive(toks, parts[parts.length - 1].e, end);
      const speaker = parts.some((x) => x.isPerson);
      let adv = k;
      while (ALSO.match(toks, adv) && !CUES.match(toks, adv)) adv += ALSO.match(toks, adv);
      if (CUES.match(toks, adv) && (!WEAK_CUES.match(toks, adv) || speaker)) {
        const cue = this.cueAt(toks, adv, end, false);
        // "Giám đốc Sở X chỉ đạo việc …": a weak cue with no addressee after it is a position's own task; but
        // emphasis before a comma ("Chủ tịch cũng lưu ý, hiện nay …") introduces the speaker's words.
        if (cue || !WEAK_CUES.match(toks, adv) || !parts.some((x) => x.isPosition) || introducesWords(toks, adv)) return cue;
      }
      // A person named by name ("đồng chí Nguyễn Văn A, Chủ tịch …") or a position seen speaking is the speaker;
      // another position may be addressed ("Giám đốc Sở Xây dựng trực tiếp chỉ đạo …").
      if (parts.every((x) => x.isPerson && (!x.isPosition || this.speakers.has(positionKey(toks, x))))) continue;
      const roles = leadingRoles(toks, k, this.dir);
      k = roles.next;
      if (k >= end) continue;
      // A role formula ("X cùng Y …") addresses X whatever verb follows.
      const byRole = roles.support.length > 0 && toks[k].isWord && !NOT_DIRECTIVE.match(toks, k);
      if (byRole || this.opensDirective(toks, k) || this.afterAdverbial(toks, k, end)) {
        return { lead: parts, support: roles.support, taskStart: k, phraseStart: at, confidence: 0.8 };
      }
    }
    return null;
  }

  /** Where a subject may start: at toks[from] past a connector, or after an opening adverbial's comma. */
  private subjectStarts(toks: Token[], from: number, end: number): number[] {
    const i = skipConnectors(toks, from);
    const starts = [i];
    if (i > from || OPENERS.match(toks, i)) {
      // Commas after a cue belong to the addressed part ("Đặc biệt các quận, …, yêu cầu X phối hợp với Y, Z …").
      for (let p = i; p < end && starts.length < 4 && !CUES.match(toks, p); p++) if (toks[p].text === ',') starts.push(p + 1);
    }
    return starts;
  }

  /** "… yêu cầu [:] [thời gian tới] X …"; with no X, the speaker's cue continues the current addressee. */
  private cueAt(toks: Token[], p: number, end: number, leadIn: boolean): Addressee | null {
    const c = CUES.match(toks, p);
    if (!c || NOUN_USE_BEFORE_CUE.has(toks[p - 1]?.lower ?? '')) return null;
    // A weak cue opening the sentence is the issuer's; emphasis ("lưu ý", "nhấn mạnh" …) always needs a person speaking.
    const emphasis = EMPHASIS_CUES.match(toks, p) > 0;
    if (WEAK_CUES.match(toks, p) && (p > 0 || emphasis) && !hasPerson(toks, p)) return null;
    let k = p + c;
    if (toks[k]?.text === ':') k++;
    k += CUE_ADVERBIALS.match(toks, k);
    if (toks[k]?.text === ',') k++;
    const named = k < end ? parsePartyList(toks, k, this.dir) : null;
    const referent = k < end && !named ? parseReferent(toks, k) : null;
    const parts = named ?? (referent && !this.asksUpward(toks, p, k) ? [referent] : null);
    if (parts) {
      const roles = leadingRoles(toks, parts[parts.length - 1].e, this.dir);
      // "nhấn mạnh các đơn vị đã …" reports what was said of them; emphasis addresses only a party given a directive.
      if (emphasis && !this.opensDirective(toks, roles.next)) return null;
      return { lead: parts, support: roles.support, taskStart: roles.next, phraseStart: p, confidence: 0.9 };
    }
    if (emphasis) return null; // "nhấn mạnh tầm quan trọng …": no party, so nothing is assigned
    // "Bộ Chính trị yêu cầu khẩn trương …" or a lead-in "… chỉ đạo:" — no addressee named here.
    if (leadIn || k >= end || this.opensDirective(toks, k)) {
      return { lead: null, support: [], taskStart: k, phraseStart: p, confidence: 0.7 };
    }
    return null;
  }

  /** The speaker before the cue at p is of a lower level than the unit at k ("Lãnh đạo huyện đề nghị tỉnh …"). */
  private asksUpward(toks: Token[], p: number, k: number): boolean {
    const asked = levelAt(toks, k);
    if (asked < 0) return false;
    let from = p;
    while (from > 0 && toks[from - 1].text !== ',') from--;
    for (let q = from; q < p; q++) if (levelAt(toks, q) > asked) return true;
    return false;
  }

  private opensDirective(toks: Token[], k: number): boolean {
    const agree = AGREE.match(toks, k);
    if (agree) return !!parsePartyList(toks, k + agree, this.dir);
    const d = DIRECTIVE.match(toks, k);
    return d > 0 && d > NOT_DIRECTIVE.match(toks, k) && !TENSE.match(toks, k + d);
  }

  /**
   * Records each position followed by a cue ("yêu cầu", "giao" …) or by a verb of assessment, chairing or report.
   * "chỉ đạo" and "phân công" are left out: a position addressed may direct its own staff.
   */
  private noteSpeakers(toks: Token[]): void {
    const speaks = (k: number) => CUES.match(toks, k) > WEAK_CUES.match(toks, k) || NOT_DIRECTIVE.match(toks, k) > 0;
    for (let p = 0; p < toks.length; p++) {
      if (!POSITIONS.match(toks, p)) continue;
      const party = parseParty(toks, p, this.dir); // one name: a whole list here would make long lists quadratic
      if (!party) continue;
      if (speaks(party.e) || speaks(party.e + ALSO.match(toks, party.e))) this.speakers.add(positionKey(toks, party));
      p = party.e - 1;
    }
  }

  /** "X cùng với việc …, cần …", "X bên cạnh …, cần …": a connector's phrase, then a directive after its comma. */
  private afterAdverbial(toks: Token[], k: number, end: number): boolean {
    if (!CONNECTORS.match(toks, k)) return false;
    for (let p = k + 1; p < end; p++) if (toks[p].text === ',') return this.opensDirective(toks, p + 1);
    return false;
  }

  /** A sentence without a subject that starts with a verb or a connector continues the current addressee. */
  private continues(toks: Token[]): boolean {
    return CONNECTORS.match(toks, 0) > 0 || this.opensBare(toks, 0);
  }

  /** A verb opening a sentence or ";" clause with no subject: a directive, or one that elsewhere qualifies a name. */
  private opensBare(toks: Token[], k: number): boolean {
    return this.opensDirective(toks, k) || QUALIFYING_VERBS.match(toks, k) > 0;
  }

  /** The clause toks[s, e) reports progress so far, not work to do. */
  private soFar(toks: Token[], s: number, e: number): boolean {
    const text = this.s.slice(toks[s].start, toks[e - 1].end);
    const m = SO_FAR.exec(text);
    return (!!m && !SINCE.test(text.slice(0, m.index))) || STILL_LEFT.test(text);
  }

  /**
   * A ";" clause that opens with a verb, delivers the task's product ("…; kết quả báo cáo UBND tỉnh trước …"), has a
   * modal or a consequence with a directive ("…; trường hợp không chấp hành thì lập hồ sơ cưỡng chế") is its own task;
   * otherwise it lists objects. Only a whole follow-up sentence of delivery merges (mergeDeadline).
   */
  private startsTask(toks: Token[], s: number, e: number): boolean {
    if (this.opensBare(toks, s) || CONNECTORS.match(toks, s) || this.delivers(toks, s)) return true;
    for (let p = s; p < e; p++) if (MODALS.match(toks, p)) return true;
    return this.consequence(toks, s, e);
  }

  /** "… thì <directive>" in toks[s, e): what to do in a case the clause sets out. */
  private consequence(toks: Token[], s: number, e: number): boolean {
    for (let p = s; p < e; p++) if (toks[p].lower === 'thì' && this.opensDirective(toks, p + 1)) return true;
    return false;
  }

  private ranges(toks: Token[], parts: readonly Party[]): Names {
    return parts.map((x) => ({ start: toks[x.s].start, end: toks[x.e - 1].end }));
  }
}

/**
 * Past an appositive singling out members of the subject ("UBND các huyện, nhất là TP X, phải …", "Công an tỉnh, trong
 * đó có lực lượng CSGT, tăng cường …"): the subject before it leads, the members are neither a party nor the task.
 */
function pastAppositive(toks: readonly Token[], k: number, end: number): number {
  if (toks[k]?.text !== ',' || !APPOSITIVES.match(toks, k + 1)) return k;
  for (let p = k + 1; p < end; p++) if (toks[p].text === ',') return p + 1;
  return k;
}

/** An emphasis cue followed by a comma: what comes after is the speaker's words, not the speaker's task. */
function introducesWords(toks: readonly Token[], p: number): boolean {
  const c = EMPHASIS_CUES.match(toks, p);
  return c > 0 && toks[p + c]?.text === ',';
}

function skipConnectors(toks: readonly Token[], i: number): number {
  const c = CONNECTORS.match(toks, i);
  if (c && !FOR_PHRASE.match(toks, i)) {
    i += c;
    if (toks[i]?.text === ',') i++;
  }
  return i;
}

/** A position's name without its honorific, lower-cased: "Đồng chí Chủ tịch X" and "Chủ tịch X" are one speaker. */
function positionKey(toks: readonly Token[], party: Party): string {
  const from = party.s + HONORIFICS.match(toks, party.s);
  return toks.slice(from, party.e).map((t) => t.lower).join(' ');
}

/** The administrative level of the word at toks[i] (0 highest), or -1. */
function levelAt(toks: readonly Token[], i: number): number {
  return NOT_LEVELS.match(toks, i) ? -1 : LEVELS.findIndex((l) => l.match(toks, i) > 0);
}

function hasObligation(toks: readonly Token[], from: number, end: number): boolean {
  for (let p = from; p < end; p++) if (OBLIGATIONS.match(toks, p)) return true;
  return false;
}

function hasCue(toks: readonly Token[], from: number, end: number): boolean {
  for (let p = from; p < end; p++) if (CUES.match(toks, p)) return true;
  return false;
}

function hasPerson(toks: readonly Token[], p: number): boolean {
  for (let i = 0; i < p; i++) if (PERSON_MARKERS.match(toks, i)) return true;
  return false;
}

/** Token range [s, e) covering a character range (binary search: a sentence may have thousands of clauses). */
function tokenRange(toks: readonly Token[], r: Range): { s: number; e: number } {
  const firstAtOrAfter = (pos: number, key: 'start' | 'end') => {
    let lo = 0;
    let hi = toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (toks[mid][key] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const s = firstAtOrAfter(r.start, 'start');
  const e = Math.max(s, firstAtOrAfter(r.end + 1, 'end'));
  return { s, e };
}

/** The range without leading and trailing punctuation; only the ends are read, so merging ";" objects stays linear. */
function trimTask(s: string, start: number, end: number): Range {
  while (start < end && LEADING.test(s[start])) start++;
  while (end > start && TRAILING.test(s[end - 1])) end--;
  return { start, end };
}

function dedupe(names: Names): Names {
  return names.filter((n, i) => names.findIndex((m) => m.start === n.start && m.end === n.end) === i);
}

function sameName(s: string, a: Range, b: Range): boolean {
  return s.slice(a.start, a.end).toLowerCase() === s.slice(b.start, b.end).toLowerCase();
}

function toItem(t: CleanText, d: Draft): ProposedItem {
  const text = (r: Range) => nfcSlice(t, r.start, r.end);
  const uniq = (xs: string[]) => xs.filter((x, i) => xs.findIndex((y) => y.toLowerCase() === x.toLowerCase()) === i);
  return {
    lead: uniq(d.lead.map(text)),
    support: uniq(d.support.map(text)),
    task: text(d.task),
    deadline: d.deadline
      ? { text: text(d.deadline), kind: d.deadline.kind, iso: d.deadline.iso }
      : { text: null, kind: 'none', iso: null },
    span: { start: t.toNfc[d.span.start], end: nfcEnd(t, d.span.end) },
    confidence: d.confidence,
  };
}

