// The two formatting regimes as data: every size, margin, fixed wording and template the exporter uses, one profile
// per regime (state: Nghị định 30/2020; Party: Hướng dẫn 36-HD/VPTW). Values the guide marks UNCONFIRMED are the
// guide's recommended defaults and live only here, so an office can correct them with a validated override.
import { z } from 'zod';
import { Regime } from '../domain/types';

const Pt = z.number().min(1).max(72);
const Mm = z.number().min(0).max(400);
const Template = (max = 300) => z.string().max(max);

/** How one element's text looks. `caps` upper-cases the text when the model is built. */
export const TextStyle = z.strictObject({ sizePt: Pt, bold: z.boolean(), italic: z.boolean(), underline: z.boolean(), caps: z.boolean() });
export type TextStyle = z.infer<typeof TextStyle>;

/** What goes under a name or summary: a drawn rule (a share of the text's width) or a typed mark ("*", "-----"). */
export const Separator = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('rule'), ratio: z.number().gt(0).max(1) }),
  z.strictObject({ kind: z.literal('text'), text: z.string().min(1).max(20) }),
]);
export type Separator = z.infer<typeof Separator>;

const LineSpacing = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('multiple'), value: z.number().min(1).max(3) }),
  z.strictObject({ kind: z.literal('exact'), pt: Pt }),
]);

/**
 * The opening fields of the minutes, in the order the regime's form lists them. `documents` ("Tài liệu sử dụng …",
 * HD 16 form) has no source in the meeting data and prints blanks for the secretary to fill in.
 */
export const MinutesField = z.enum(['start', 'location', 'agenda', 'chair', 'secretary', 'documents', 'attendance']);
export type MinutesField = z.infer<typeof MinutesField>;

export const RegimeProfile = z.strictObject({
  regime: Regime,
  font: z.string().min(1).max(64),
  language: z.string().min(2).max(16),
  page: z.strictObject({
    widthMm: Mm,
    heightMm: Mm,
    marginsMm: z.strictObject({ top: Mm, bottom: Mm, left: Mm, right: Mm }),
    /** Distance of the page-number header from the top edge. */
    headerMm: Mm,
    footerMm: Mm,
  }),
  pageNumber: z.strictObject({ sizePt: Pt }),
  header: z.strictObject({
    /** Left and right column of the borderless header table. */
    columnsMm: z.tuple([Mm, Mm]),
    parent: TextStyle,
    name: TextStyle,
    nameSeparator: Separator,
    separatorStyle: TextStyle,
    /** The right column's fixed lines (national name and motto, or the Party header). */
    rightLines: z
      .array(z.strictObject({ role: z.enum(['nationalName', 'motto', 'partyHeader']), text: z.string().min(1).max(100), style: TextStyle }))
      .min(1)
      .max(3),
    /** The rule under the right column's last line, as a share of that line's width. */
    rightRuleRatio: z.number().gt(0).max(1),
    number: TextStyle,
    /** "Số: " (state) or "Số " (Party). */
    numberLabel: Template(20),
    date: TextStyle,
    /** Space above the row holding the number and the date line. */
    dateRowBeforePt: z.number().min(0).max(48),
  }),
  numbering: z.strictObject({
    /** `{nn}` number (two digits at least), `{type}` type code, `{symbol}` issuing body's symbol. */
    pattern: Template(60),
    /** Printed in place of `{nn}` when there is no number yet. */
    blank: z.string().max(20),
    /** When the register restarts at 01: each calendar year (state) or each committee term (Party). */
    reset: z.enum(['year', 'term']),
    typeCodes: z.strictObject({ minutes: z.string().min(1).max(10), notice: z.string().min(1).max(10) }),
  }),
  title: z.strictObject({
    typeNames: z.strictObject({ minutes: z.string().min(1).max(60), notice: z.string().min(1).max(60) }),
    typeName: TextStyle,
    beforePt: z.number().min(0).max(72),
    summary: TextStyle,
    summaryFirstLetter: z.enum(['upper', 'lower']),
    summarySeparator: Separator,
    afterPt: z.number().min(0).max(72),
    draftMark: z.string().min(1).max(40),
  }),
  body: z.strictObject({
    sizePt: Pt,
    firstLineIndentMm: Mm,
    beforePt: z.number().min(0).max(48),
    afterPt: z.number().min(0).max(48),
    line: LineSpacing,
  }),
  signing: z.strictObject({
    /** Prefix of each signing role as this regime spells it; null where the regime has no such form. */
    prefixes: z.strictObject({
      collective: z.string().min(1).max(10),
      deputy: z.string().min(1).max(10),
      byOrder: z.string().min(1).max(10),
      delegated: z.string().min(1).max(10).nullable(),
      acting: z.string().min(1).max(10),
    }),
    authority: TextStyle,
    title: TextStyle,
    name: TextStyle,
    /** Blank lines left for the signature and seal. */
    gapLines: z.number().int().min(0).max(12),
    /** Signature row: recipients (left) and signature (right), in per cent of the text width. */
    columnsPercent: z.tuple([z.number().min(10).max(90), z.number().min(10).max(90)]),
  }),
  recipients: z.strictObject({
    label: z.string().min(1).max(40),
    labelStyle: TextStyle,
    item: TextStyle,
    /** Punctuation closing every item but the last. */
    lineEnd: z.string().max(3),
    /** The last item of a notice; `{symbol}` is the issuing body's symbol. */
    archive: Template(200),
  }),
  /** Appended to the last sentence of the body. */
  endMark: z.string().max(5),
  /** How a person is introduced in running text ("đồng chí " in Party documents). */
  honorific: z.string().max(20),
  minutes: z.strictObject({
    signers: z.tuple([z.string().min(1).max(60), z.string().min(1).max(60)]),
    fieldOrder: z.array(MinutesField).max(7),
    /** Whether the minutes carry a "Nơi nhận" list under the signatures, and its last line. */
    recipients: z.boolean(),
    archive: Template(200),
    /** Section labels ("1. Thành phần …", "2. Diễn biến …") printed bold. */
    sectionLabelsBold: z.boolean(),
    text: z.strictObject({
      start: Template(),
      location: Template(),
      agenda: Template(),
      chair: Template(),
      secretary: Template(),
      documents: Template(),
      attendance: Template(),
      present: Template(),
      absent: Template(),
      attendeeBullet: z.string().max(5),
      proceedings: Template(),
      conclusions: Template(),
      closing: Template(),
    }),
  }),
  notice: z.strictObject({
    summary: Template(),
    opening: Template(),
    attended: Template(),
    heard: Template(),
    heardWithoutAgenda: Template(),
    closing: Template(),
  }),
});
export type RegimeProfile = z.infer<typeof RegimeProfile>;

const style = (sizePt: number, flags: Partial<Omit<TextStyle, 'sizePt'>> = {}): TextStyle => ({
  sizePt,
  bold: false,
  italic: false,
  underline: false,
  caps: false,
  ...flags,
});

/** Nghị định 30/2020/NĐ-CP, Phụ lục I (guide §1, §8 `state_nd30`). */
export const STATE_PROFILE: RegimeProfile = {
  regime: 'state',
  font: 'Times New Roman',
  language: 'vi-VN',
  page: { widthMm: 210, heightMm: 297, marginsMm: { top: 20, bottom: 20, left: 30, right: 15 }, headerMm: 10, footerMm: 10 },
  pageNumber: { sizePt: 14 },
  header: {
    columnsMm: [65, 100],
    parent: style(13, { caps: true }),
    name: style(13, { bold: true, caps: true }),
    nameSeparator: { kind: 'rule', ratio: 0.4 },
    separatorStyle: style(13),
    rightLines: [
      { role: 'nationalName', text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', style: style(13, { bold: true, caps: true }) },
      { role: 'motto', text: 'Độc lập - Tự do - Hạnh phúc', style: style(14, { bold: true }) },
    ],
    rightRuleRatio: 1,
    number: style(13),
    numberLabel: 'Số: ',
    date: style(14, { italic: true }),
    dateRowBeforePt: 6,
  },
  numbering: { pattern: '{nn}/{type}-{symbol}', blank: '      ', reset: 'year', typeCodes: { minutes: 'BB', notice: 'TB' } },
  title: {
    typeNames: { minutes: 'BIÊN BẢN', notice: 'THÔNG BÁO' },
    typeName: style(14, { bold: true, caps: true }),
    beforePt: 18,
    summary: style(14, { bold: true }),
    summaryFirstLetter: 'upper',
    summarySeparator: { kind: 'rule', ratio: 0.4 },
    afterPt: 12,
    draftMark: 'DỰ THẢO',
  },
  body: { sizePt: 14, firstLineIndentMm: 12.7, beforePt: 6, afterPt: 0, line: { kind: 'multiple', value: 1.15 } },
  signing: {
    prefixes: { collective: 'TM.', deputy: 'KT.', byOrder: 'TL.', delegated: 'TUQ.', acting: 'Q.' },
    authority: style(14, { bold: true, caps: true }),
    title: style(14, { bold: true, caps: true }),
    name: style(14, { bold: true }),
    gapLines: 4,
    columnsPercent: [45, 55],
  },
  recipients: {
    label: 'Nơi nhận:',
    labelStyle: style(12, { bold: true, italic: true }),
    item: style(11),
    lineEnd: ';',
    archive: '- Lưu: VT, {symbol}.',
  },
  endMark: './.',
  honorific: '',
  minutes: {
    signers: ['THƯ KÝ', 'CHỦ TỌA'],
    fieldOrder: ['start', 'location', 'attendance', 'chair', 'secretary', 'agenda'],
    recipients: true,
    archive: '- Lưu: VT, hồ sơ.',
    sectionLabelsBold: false,
    text: {
      start: 'Thời gian bắt đầu: {time}.',
      location: 'Địa điểm: {location}.',
      agenda: 'Chương trình: {agenda}.',
      chair: 'Chủ trì (chủ tọa): {person}.',
      secretary: 'Thư ký (người ghi biên bản): {person}.',
      // Not in the ND30 form (Mẫu 1.9); kept for an office that adds it to `fieldOrder`.
      documents: 'Tài liệu: {documents}.',
      attendance: 'Thành phần tham dự:',
      present: 'Có mặt: {count} người, gồm:',
      absent: 'Vắng mặt: {count} người:',
      attendeeBullet: '- ',
      proceedings: 'Nội dung (theo diễn biến {kind}):',
      conclusions: 'Kết luận của chủ trì:',
      closing: '{Kind} kết thúc vào {time}',
    },
  },
  notice: {
    summary: 'Kết luận của đồng chí {chairName}, {chairRole} tại {meeting}',
    opening: '{daypart} ngày {date}, {at}đồng chí {chairName}, {chairTitle} chủ trì {meeting}.',
    attended: 'Tham dự có {attendees}.',
    heard: 'Sau khi nghe ý kiến của các đại biểu về {agenda}, đồng chí {chairName} kết luận như sau:',
    heardWithoutAgenda: 'Sau khi nghe ý kiến của các đại biểu dự {kind}, đồng chí {chairName} kết luận như sau:',
    closing: 'Trên đây là ý kiến kết luận của đồng chí {chairName} tại {meeting}, thông báo để các cơ quan, đơn vị liên quan biết, thực hiện',
  },
};

/** Hướng dẫn 36-HD/VPTW, minutes per HD 16-HD/VPTW (guide §2, §8 `party_hd36`). */
export const PARTY_PROFILE: RegimeProfile = {
  ...STATE_PROFILE,
  regime: 'party',
  header: {
    columnsMm: [85, 80],
    parent: style(14, { caps: true }),
    name: style(14, { bold: true, caps: true }),
    nameSeparator: { kind: 'text', text: '*' },
    separatorStyle: style(14),
    rightLines: [{ role: 'partyHeader', text: 'ĐẢNG CỘNG SẢN VIỆT NAM', style: style(15, { bold: true, caps: true }) }],
    rightRuleRatio: 1,
    number: style(14),
    numberLabel: 'Số ',
    date: style(14, { italic: true }),
    dateRowBeforePt: 6,
  },
  numbering: { pattern: '{nn}-{type}/{symbol}', blank: '      ', reset: 'term', typeCodes: { minutes: 'BB', notice: 'TB' } },
  title: {
    ...STATE_PROFILE.title,
    typeName: style(16, { bold: true, caps: true }),
    summaryFirstLetter: 'lower',
    summarySeparator: { kind: 'text', text: '-----' },
    afterPt: 6,
  },
  body: { sizePt: 14, firstLineIndentMm: 10, beforePt: 6, afterPt: 0, line: { kind: 'exact', pt: 19 } },
  signing: {
    prefixes: { collective: 'T/M', deputy: 'K/T', byOrder: 'T/L', delegated: null, acting: 'Q.' },
    authority: style(14, { bold: true, caps: true }),
    title: style(14, { caps: true }),
    name: style(14, { bold: true }),
    gapLines: 4,
    columnsPercent: [45, 55],
  },
  recipients: {
    label: 'Nơi nhận:',
    labelStyle: style(14, { underline: true }),
    item: style(12),
    lineEnd: ',',
    archive: '- Lưu {symbol}.',
  },
  endMark: '.',
  honorific: 'đồng chí ',
  minutes: {
    signers: ['NGƯỜI GHI BIÊN BẢN', 'CHỦ TRÌ HỘI NGHỊ'],
    // HD 16 form (guide §2.3 [C]): time, place, content, chair, note-taker, documents used, then "1. Thành phần".
    fieldOrder: ['start', 'location', 'agenda', 'chair', 'secretary', 'documents', 'attendance'],
    recipients: false,
    archive: '- Lưu {symbol}.',
    sectionLabelsBold: true,
    text: {
      start: '- Thời gian: bắt đầu vào hồi {time}.',
      location: '- Địa điểm: {location}.',
      agenda: '- Nội dung: {agenda}.',
      chair: '- Người chủ trì: đồng chí {person}.',
      secretary: '- Người ghi biên bản: đồng chí {person}.',
      documents: '- Tài liệu sử dụng trong hội nghị: {documents}.',
      attendance: '1. Thành phần {kind}',
      present: '- Có mặt: {count} đồng chí:',
      absent: '- Vắng mặt: {count} đồng chí:',
      attendeeBullet: '+ ',
      proceedings: '2. Diễn biến {kind}',
      conclusions: 'Kết luận của đồng chí chủ trì:',
      closing: '{Kind} kết thúc vào hồi {time}',
    },
  },
  notice: {
    ...STATE_PROFILE.notice,
    summary: 'kết luận của đồng chí {chairName}, {chairRole} tại {meeting}',
  },
};

export function profileFor(regime: Regime): RegimeProfile {
  return regime === 'party' ? PARTY_PROFILE : STATE_PROFILE;
}

/** A partial profile as an office stores it: any nested field may be left out; arrays replace whole. */
export type ProfileOverride = { [K in keyof RegimeProfile]?: DeepPartial<RegimeProfile[K]> };
type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/**
 * The regime's profile with an override merged in, validated as a whole so a bad override is refused, not half applied.
 * The override cannot switch regimes: a Party document never takes state spellings by accident.
 */
export function resolveProfile(regime: Regime, override?: unknown): RegimeProfile {
  const base = profileFor(regime);
  if (override === undefined) return base;
  const merged = mergeDeep(base, override) as Record<string, unknown>;
  if (merged.regime !== regime) throw new Error(`profile override is for regime "${String(merged.regime)}", not "${regime}"`);
  return RegimeProfile.parse(merged);
}

function mergeDeep(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch === undefined ? base : patch;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) out[key] = mergeDeep(base[key], value);
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
