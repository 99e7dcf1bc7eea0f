// Owns time expressions: finding them in a stretch of text, classifying them (date, period, event,
// recurring, ongoing, asap), resolving ISO days (missing years from the document date, last days of months,
// quarters and years, working days) and choosing the most specific one. Dates need a deadline word
// ("trước", "chậm nhất", "đến"…), so dates of documents and meetings are not deadlines; a day or period that
// ended before the document date is another task's deadline quoted, so it is not one either; nor is a span that a
// plan, a stage or a review covers ("tầm nhìn đến năm 2050", "sơ kết … đến hết năm 2023", "Đề án … đến năm 2030"), nor a horizon in a
// "phấn đấu …" target. "Sau khi …," opening a sentence recounts the meeting, and "trước khi" a permission or use
// after a check ("kiểm tra … trước khi cấp phép rời bến") is a condition: neither is an event.
import type { DeadlineKind } from '../domain/types';

/** `months`: how long a period runs (a month 1 … a year 12), so the narrower of two periods wins; 0 for other kinds. */
export type TimeMatch = { start: number; end: number; kind: Exclude<DeadlineKind, 'none'>; iso: string | null; months: number };

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const rx = (body: string) => new RegExp(body, 'giu');

// A year has four digits and no leading zero, so it always makes a YYYY-MM-DD day.
const YEAR = '[1-9]\\d{3}';
const DAY_NUM = `\\d{1,2}\\s*[/.-]\\s*\\d{1,2}(?:\\s*[/.-]\\s*${YEAR})?`;
const DAY_TEXT = `\\d{1,2}\\s+tháng\\s+\\d{1,2}(?:\\s*,?\\s*năm\\s+${YEAR}|\\s*/\\s*${YEAR})?`;
const CLOCK = '(?:\\d{1,2}\\s*(?:giờ|h)(?:\\s*\\d{1,2}(?:\\s*phút)?)?\\s*,?\\s*)';
const DATE_MARK = '(?:chậm\\s+nhất(?:\\s+(?:là|vào))?(?:\\s+trước)?|hạn\\s+chót(?:\\s+là)?|không\\s+quá|không\\s+muộn\\s+hơn|đến\\s+hết|xong\\s+trước|hoàn\\s+thành\\s+trước|trong\\s+ngày|vào\\s+ngày|trước|đến|tới)';
const PERIOD_MARK = '(?:chậm\\s+nhất(?:\\s+(?:là|trong|vào))?|đến\\s+hết|đến\\s+cuối|ngay\\s+trong|xong\\s+trong|hoàn\\s+thành\\s+trong|vào\\s+cuối|trong\\s+suốt|trong|trước|đến|tới|hết|cuối)';
const YEAR_TAIL = `(?:\\s*(?:/|năm)\\s*(${YEAR}))?`;

// A number pair followed by a unit is a quantity ("đến 5-7 ngày"), not a day.
const NOT_QUANTITY = '(?!\\s*(?:ngày|tuần|tháng|năm|giờ|phút|%|người|lần))';
const DATE_RE = rx(`${B}${DATE_MARK}\\s+${CLOCK}?(?:ngày\\s+)?(?:${DAY_TEXT}|${DAY_NUM})${E}${NOT_QUANTITY}`);
// An occasion written with its day ("trước ngày Quốc tế Thiếu nhi 1/6", "nhân dịp Quốc khánh 2/9") is that day.
// Its name has no digits and no deadline word, so a date further on ("trước Ban Thường vụ trước ngày 15/8")
// keeps its own mark; without "ngày"/"lễ" before it (group 1) the name must be capitalised (checked in code:
// the "i" flag makes \p{Lu} match any letter).
const OCCASION_MARK = '(?:chậm\\s+nhất(?:\\s+là)?(?:\\s+trước)?|trước\\s+dịp|trước|nhân\\s+dịp|trong\\s+dịp|vào\\s+dịp|dịp)';
const NAME_WORD = `(?!(?:trước|đến|tới|ngày|trong|vào|dịp)${E})\\p{L}+`;
// A holiday may be written as its days ("trong dịp nghỉ lễ 30/4 - 1/5"): the range ends on its last day.
const OCCASION_RE = rx(
  `${B}${OCCASION_MARK}\\s+(?:(ngày|lễ|nghỉ\\s+lễ|kỳ\\s+nghỉ(?:\\s+lễ)?)\\s+)?(${NAME_WORD}(?:\\s+(?:[-–]\\s+)?${NAME_WORD}){0,7}\\s+)?` +
    `(?:ngày\\s+)?(?:${DAY_TEXT}|(?:${DAY_NUM}\\s*[-–]\\s*)?${DAY_NUM})${E}${NOT_QUANTITY}`,
);
const DAY_RANGE_HEAD = /^.*\d{1,2}\s*[/.]\s*\d{1,2}\s*[-–]\s*(?=\d{1,2}\s*[/.]\s*\d)/su;
const CAPITALISED = /^\p{Lu}/u;
const RANGE_START = /(?:trong\s+thời\s+gian\s+)?từ\s+[^,;]{1,50}$/iu;
const WORK_DAYS_RE = rx(`${B}(?:trong\\s+vòng|trong\\s+thời\\s+hạn|trong|chậm\\s+nhất)\\s+(\\d{1,3})\\s+ngày(\\s+làm\\s+việc)?${E}`);
const MONTH_RE = rx(`${B}(${PERIOD_MARK})\\s+tháng\\s+(\\d{1,2})${YEAR_TAIL}${E}`);
const QUARTER_RE = rx(`${B}(${PERIOD_MARK})\\s+quý\\s+(IV|I{1,3}|[1-4])${YEAR_TAIL}${E}`);
const YEAR_RE = rx(`${B}(${PERIOD_MARK})\\s+năm\\s+(${YEAR})${E}`);
const HALF_RE = rx(`${B}(${PERIOD_MARK})\\s+(?:6|sáu)\\s+tháng\\s+(đầu|cuối)\\s+năm(?:\\s+(${YEAR}))?${E}`);
const YEAR_END_RE = rx(`${B}(trong\\s+(?:những|các)\\s+tháng\\s+cuối\\s+năm|(?:từ\\s+nay\\s+)?(?:đến|trước|vào|trong)\\s+(?:dịp\\s+)?cuối\\s+năm)(?:\\s+(${YEAR}))?${E}`);
// Seasons and holidays: "trong (suốt)" one of them is an event too, unlike "trong hội nghị" (a place in the agenda).
const SEASON = '(?:tết|mùa\\s+mưa\\s+bão|mùa\\s+mưa\\s+lũ|mùa\\s+mưa|mùa\\s+khô|mùa\\s+lũ|mùa\\s+bão|kỳ\\s+nghỉ(?:\\s+lễ|\\s+tết)?|nghỉ\\s+lễ)';
// A round of inspection and a sitting of a body are occasions too ("trước đợt kiểm tra lần thứ tư của Đoàn …",
// "trước phiên họp thường kỳ tháng 10 của UBND tỉnh"): the month in such a name is the sitting's, not a period.
const EVENT_NOUN =
  `(?:${SEASON}|đại\\s+hội|kỳ\\s+họp|phiên\\s+họp|hội\\s+nghị|lễ|kỷ\\s+niệm|năm\\s+học(?:\\s+mới)?|kỳ\\s+thi|bầu\\s+cử|khai\\s+giảng` +
  `|đợt\\s+(?:kiểm\\s+tra|thanh\\s+tra|giám\\s+sát|khảo\\s+sát|đánh\\s+giá))`;
const EVENT_RE = rx(
  `${B}(?:(?:trước\\s*,\\s*trong\\s*(?:,|và)\\s*sau|trước\\s+và\\s+trong|trong\\s+và\\s+sau|trước\\s+và\\s+sau|trong\\s+dịp|dịp|ngay\\s+sau|ngay\\s+trước|trước\\s+thềm|trước|sau)` +
    `\\s+(?:khi\\s+|ngày\\s+)?(?:kết\\s+thúc\\s+)?${EVENT_NOUN}|trong(?:\\s+suốt)?\\s+(?:các\\s+)?${SEASON})${E}`,
);
// "Sau khi nghe …, thảo luận …" recounts the meeting itself, never when work is due.
const WHEN_RE = rx(`${B}(?:ngay\\s+sau\\s+khi|ngay\\s+khi|sau\\s+khi|trước\\s+khi)\\s+(?!(?:nghe|thảo\\s+luận)${E})[^,;.]{1,60}`);
// "Sau khi kiểm tra hiện trường, Chủ tịch … yêu cầu …": opening the sentence (capitalised) before its comma, the phrase
// recounts what the meeting did before it concluded. After the task verb ("triển khai sau khi có hướng dẫn") it is due.
const CONTEXT_WHEN = /^Sau\s+khi\s[^,;.]*$/u;
// "kiểm tra phương tiện trước khi cấp phép rời bến", "nghiệm thu trước khi đưa vào sử dụng": with a verb of inspection
// or permission in the clause, "trước khi" states a condition of each occurrence of the task, not when it is due.
// An occasion ("trước khi khai giảng") is still an event: EVENT_RE finds it on its own.
const CHECK_VERB = /(?<![\p{L}\p{N}])(?:kiểm\s+tra|kiểm\s+định|kiểm\s+soát|thẩm\s+định|nghiệm\s+thu|cấp\s+phép|cho\s+phép|đăng\s+kiểm|xét\s+nghiệm|phê\s+duyệt)(?![\p{L}\p{N}])/iu;
const BEFORE_WHEN = /^trước\s+khi\s/iu;
// Extends an event over its name: capitalised words (with the lower-case syllable that completes one: "Quốc khánh",
// "Dương lịch", or two before another capital: "Đoàn thanh tra Bộ"), numbers, ordinals, the body it belongs to
// ("của UBND tỉnh") and the usual lower-case parts of such names.
const EVENT_TAIL =
  /(?:\s+(?:\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Ll}+(?![\p{L}\p{N}])(?:\s+\p{Ll}+(?=\s+\p{Lu}))?)?|\d+|đảng|bộ|tỉnh|huyện|xã|các|cấp|lần|thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)(?![\p{L}\p{N}])|thứ|thường\s+kỳ|tháng\s+\d{1,2}|của(?=\s+\p{Lu})|nhiệm\s+kỳ|đại\s+biểu|toàn\s+quốc|nguyên\s+đán|đán|năm\s+học(?:\s+mới)?|năm\s+\d{4}))*/uy;
// An occasion whose days follow it in brackets ("trong dịp kỷ niệm Ngày Giải phóng miền Nam (30/4) và Quốc tế Lao
// động (1/5)") names the occasion, not a day: an event, one expression over all the occasions it lists.
const BRACKETED_DAY = `[^,;.()]{1,80}?\\(\\s*${DAY_NUM}\\s*\\)`;
const OBSERVANCE_RE = rx(`${B}(?:(?:trong|nhân|vào|trước)\\s+)?dịp\\s+${BRACKETED_DAY}(?:\\s*(?:,|và)\\s*${BRACKETED_DAY})*`);
// A weekday names the day of a weekly task ("vào ngày thứ Sáu hằng tuần"); a count says how often in each period
// ("mỗi tháng một lần", "mỗi năm hai đợt").
const WEEKDAY = `(?:(?:vào|trước|trong)\\s+)?${CLOCK}?(?:ngày\\s+)?(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\\s+nhật)\\s+`;
const PER_PERIOD_COUNT = '(?:\\s+(?:một|hai|ba|bốn|\\d{1,2})\\s+(?:lần|đợt|buổi|kỳ))?';
const RECURRING_RE = rx(
  `${B}(?:${WEEKDAY}(?:hằng|hàng|mỗi)\\s+tuần|(?:trước\\s+)?ngày\\s+\\d{1,2}\\s+(?:hằng|hàng|mỗi)\\s+(?:tháng|quý|năm)` +
    `|định\\s+kỳ(?:\\s+(?:(?:hằng|hàng|mỗi)\\s+(?:ngày|tuần|tháng|quý|năm)|\\d+\\s+tháng))?(?:\\s*(?:,|và)\\s*(?:(?:hằng|hàng|mỗi)\\s+(?:ngày|tuần|tháng|quý|năm)|\\d+\\s+tháng))*` +
    `|(?:hằng|hàng|mỗi)\\s+(?:ngày|tuần|tháng|quý|năm)${PER_PERIOD_COUNT})${E}`,
);
const ONGOING_RE = rx(`${B}thường\\s+xuyên(?:\\s*,\\s*liên\\s+tục)?${E}`);
const ASAP_RE = rx(`${B}(?:khẩn\\s+trương|càng\\s+sớm\\s+càng\\s+tốt|trong\\s+thời\\s+gian\\s+sớm\\s+nhất|ngay\\s+lập\\s+tức|sớm|ngay)${E}`);
// "ngay tại bến", "ngay từ đầu": a place or a starting point, not urgency.
const NOT_URGENT_AFTER = /^\s+(?:tại|ở|từ|trên|trong|khi|sau|cả|đến|tới|giữa|bên|cạnh|trước|lúc|cạnh|khu)(?![\p{L}\p{N}])/iu;
const NOT_URGENT_BEFORE = /(?:phát\s+hiện|cảnh\s+báo|từ)\s+$/iu;
// "chi thường xuyên", "nhiệm vụ thường xuyên": a kind of spending or duty, not how often the work is done.
const NOT_ONGOING_BEFORE = /(?:chi|vốn|kinh\s+phí|nhiệm\s+vụ)\s+$/iu;
// A period qualifying a target or a forecast ("dự báo … trong năm 2019", "chỉ tiêu … trong năm"). A stage or a
// term ("giai đoạn 2021 - 2025") is a span of its own, not a target: a period after it is still a deadline.
const QUALIFIER_BEFORE = /(?:dự\s+báo|chỉ\s+tiêu|mục\s+tiêu|phấn\s+đấu|tăng\s+trưởng|tình\s+hình|niên\s+vụ|kế\s+hoạch\s+năm)(?:\s+[^\s]+){0,5}\s*$/iu;
// A year right after a target word scopes the target that follows ("bảo đảm năm 2030 tỷ lệ … đạt 45%").
const TARGET_BEFORE = /(?:bảo\s+đảm|đảm\s+bảo|mục\s+tiêu|chỉ\s+tiêu)\s+$/iu;
// Everything from "phấn đấu" to the end of its clause is a target, its time frame included ("phấn đấu trong năm 2021
// hoàn thành …", "phấn đấu đến cuối năm thu hồi 80% nợ"): a horizon aimed at, not a deadline set.
const STRIVE_BEFORE = /phấn\s+đấu[^;.!?]*$/iu;
const STRIVE_REACH = 200;
// The span a plan or a stage covers: "tầm nhìn đến năm 2050", "giai đoạn từ năm 2021 đến năm 2025".
const SPAN_BEFORE = /(?:tầm\s+nhìn|(?:giai\s+đoạn|thời\s+kỳ)\s+(?:từ\s+)?(?:năm\s+)?\d{4})\s*$/iu;
// What a review covers: "sơ kết 02 năm thực hiện Chỉ thị … đến hết năm 2023" (the verb, its object, then the end of
// the period reviewed). Right after the verb ("sơ kết trong quý IV"), after a comma, or with "trước" it is when it is due.
const REVIEW_BEFORE = /(?:sơ\s+kết|tổng\s+kết|báo\s+cáo\s+kết\s+quả|báo\s+cáo\s+tình\s+hình|đánh\s+giá)\s+[^\s,;][^,;]*$/iu;
const SPAN_END_MARK = /^(?:đến|tới|hết)/iu;
// A plan's horizon belongs to its name ("xây dựng Đề án tổng thể … đến năm 2030, trình … trong tháng 9"): "đến năm"
// within the plan noun's phrase (no comma between) qualifies the document, it does not date the work on it.
const PLAN_BEFORE = /(?:đề\s+án|kế\s+hoạch(?!\s+và\s+đầu\s+tư)|quy\s+hoạch|chiến\s+lược|chương\s+trình)(?:\s+[^\s,;]+){0,14}\s*$/iu;
const HORIZON_MARK = /^(?:đến|tới)$/iu;

const RANK: Record<TimeMatch['kind'], number> = { date: 6, period: 5, event: 4, recurring: 3, ongoing: 2, asap: 2 };
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/**
 * All time expressions in text[from, to) that can date a task of this document: overlaps resolved in favour of
 * the longer one, then days and periods that end before docDate left out (they still hide what they overlap).
 */
export function findTimes(text: string, from: number, to: number, docDate: string | null): TimeMatch[] {
  const s = text.slice(from, to);
  const found: TimeMatch[] = [];
  const add = (start: number, end: number, kind: TimeMatch['kind'], iso: string | null, months = 0) =>
    found.push({ start: from + start, end: from + end, kind, iso, months });

  const occasions = [...s.matchAll(OCCASION_RE)].filter((m) => m[1] || (m[2] && CAPITALISED.test(m[2])));
  for (const m of [...s.matchAll(DATE_RE), ...occasions]) {
    const iso = dayIso(m[0], docDate);
    if (iso === undefined) continue;
    const range = RANGE_START.exec(s.slice(Math.max(0, m.index - 60), m.index));
    add(range ? m.index - range[0].length : m.index, m.index + m[0].length, 'date', iso);
  }
  for (const m of s.matchAll(WORK_DAYS_RE)) {
    const n = Number(m[1]);
    add(m.index, m.index + m[0].length, 'date', docDate ? addDays(docDate, n, !!m[2]) : null);
  }
  for (const m of s.matchAll(MONTH_RE)) {
    const month = Number(m[2]);
    if (month < 1 || month > 12 || notDue(s, m.index, m[1])) continue;
    add(m.index, m.index + m[0].length, 'period', withYear(m[3], docDate, (year) => periodEnd(year, month, 1, isBefore(m[1]))) ?? null, 1);
  }
  for (const m of s.matchAll(QUARTER_RE)) {
    if (notDue(s, m.index, m[1])) continue;
    const q = ROMAN[m[2].toLowerCase()] ?? Number(m[2]);
    add(m.index, m.index + m[0].length, 'period', withYear(m[3], docDate, (year) => periodEnd(year, q * 3, 3, isBefore(m[1]))) ?? null, 3);
  }
  for (const m of s.matchAll(YEAR_RE)) {
    if (notDue(s, m.index, m[1]) || TARGET_BEFORE.test(s.slice(Math.max(0, m.index - 12), m.index))) continue;
    add(m.index, m.index + m[0].length, 'period', periodEnd(Number(m[2]), 12, 12, isBefore(m[1])), 12);
  }
  for (const m of s.matchAll(HALF_RE)) {
    if (notDue(s, m.index, m[1])) continue;
    const month = m[2].toLowerCase() === 'đầu' ? 6 : 12;
    add(m.index, m.index + m[0].length, 'period', withYear(m[3], docDate, (year) => periodEnd(year, month, 6, isBefore(m[1]))) ?? null, 6);
  }
  for (const m of s.matchAll(YEAR_END_RE)) {
    if (notDue(s, m.index, m[1])) continue;
    add(m.index, m.index + m[0].length, 'period', withYear(m[2], docDate, (year) => `${year}-12-31`) ?? null, 12);
  }
  for (const m of s.matchAll(EVENT_RE)) {
    EVENT_TAIL.lastIndex = m.index + m[0].length;
    const tail = EVENT_TAIL.exec(s);
    add(m.index, m.index + m[0].length + (tail ? tail[0].length : 0), 'event', null);
  }
  for (const m of s.matchAll(OBSERVANCE_RE)) add(m.index, m.index + m[0].length, 'event', null);
  for (const m of s.matchAll(WHEN_RE)) {
    if (CONTEXT_WHEN.test(m[0]) && s[m.index + m[0].length] === ',') continue;
    if (BEFORE_WHEN.test(m[0]) && CHECK_VERB.test(s.slice(0, m.index + m[0].length))) continue;
    add(m.index, m.index + m[0].trimEnd().length, 'event', null);
  }
  for (const m of s.matchAll(RECURRING_RE)) add(m.index, m.index + m[0].length, 'recurring', null);
  for (const m of s.matchAll(ONGOING_RE)) {
    if (NOT_ONGOING_BEFORE.test(s.slice(Math.max(0, m.index - 12), m.index))) continue;
    add(m.index, m.index + m[0].length, 'ongoing', null);
  }
  for (const m of s.matchAll(ASAP_RE)) {
    const end = m.index + m[0].length;
    if (m[0].toLowerCase() === 'ngay' && NOT_URGENT_AFTER.test(s.slice(end, end + 8))) continue;
    if (m[0].toLowerCase() === 'sớm' && NOT_URGENT_BEFORE.test(s.slice(Math.max(0, m.index - 12), m.index))) continue;
    add(m.index, end, 'asap', null);
  }

  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TimeMatch[] = [];
  for (const f of found) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  // ISO days compare as strings. Only days and periods have an end to compare; without docDate nothing is past.
  // Both the past and the targeted still hide what they overlap.
  const due = kept.filter((k) => (!docDate || !k.iso || k.iso >= docDate) && !(k.kind in HORIZON && striven(text, k.start)));
  return due.sort((a, b) => a.start - b.start);
}

/**
 * The most specific expression (a date over a period over an event over a recurrence over asap/ongoing; of two
 * periods the shorter: "trong tháng 9 năm 2017" over "trong năm 2017"); the first on ties.
 */
export function mostSpecific(times: readonly TimeMatch[]): TimeMatch | null {
  let best: TimeMatch | null = null;
  for (const t of times) if (!best || RANK[t.kind] > RANK[best.kind] || (t.kind === best.kind && t.months < best.months)) best = t;
  return best;
}

export const specificity = (t: TimeMatch): number => RANK[t.kind];

const isBefore = (mark: string) => /^trước$/iu.test(mark.trim());

/** Kinds a target's horizon takes: a day or a period. */
const HORIZON = { date: true, period: true } as const;

/** The expression at `at` lies in a "phấn đấu …" stretch of its clause. */
function striven(text: string, at: number): boolean {
  return STRIVE_BEFORE.test(text.slice(Math.max(0, at - STRIVE_REACH), at));
}

/** A period that qualifies a target, bounds a plan's span, is a plan's horizon or ends the period a review covers, not when work is due. */
function notDue(s: string, index: number, mark: string): boolean {
  const before = s.slice(Math.max(0, index - 120), index);
  if (/^trong/iu.test(mark) && QUALIFIER_BEFORE.test(before.slice(-60))) return true;
  if (HORIZON_MARK.test(mark) && PLAN_BEFORE.test(before)) return true;
  return SPAN_BEFORE.test(before) || (SPAN_END_MARK.test(mark) && REVIEW_BEFORE.test(before));
}

/** ISO day of a matched date expression; undefined when it is not a calendar day. */
/** How far ahead a year-less day may roll into next year: about one planning half-year. */
const ROLL_OVER_DAYS = 183;

/**
 * The ISO day or period end for a year written out, or else in the document's year. A year-less day already past
 * is next year's when that is soon ("trước ngày 15/1" written in December); otherwise it is a past day quoted from
 * elsewhere ("chưa hoàn thành … trước ngày 31/3" written in April), left past for findTimes to drop.
 * Null without a year or a document date; undefined when not a real day.
 */
function withYear(written: string | undefined, docDate: string | null, build: (year: number) => string | undefined): string | null | undefined {
  if (written) return build(Number(written));
  if (!docDate) return null;
  const year = Number(docDate.slice(0, 4));
  const same = build(year);
  if (same === undefined || same >= docDate) return same;
  const next = build(year + 1);
  return next !== undefined && daysBetween(docDate, next) <= ROLL_OVER_DAYS ? next : same;
}

const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

function dayIso(expr: string, docDate: string | null): string | null | undefined {
  const body = expr.replace(DAY_RANGE_HEAD, '').replace(/^.*?(?=\d{1,2}\s*(?:[/.-]|tháng)\s*\d)/su, '').replace(/^\d{1,2}\s*(?:giờ|h)\S*\s*(?:\d{1,2}\s*phút\s*)?,?\s*(?:ngày\s+)?/iu, '');
  const m = /^(\d{1,2})\s*(?:[/.-]|tháng)\s*(\d{1,2})(?:\s*(?:[/.-]|,?\s*năm)\s*([1-9]\d{3}))?/iu.exec(body);
  if (!m) return undefined;
  const [d, mo] = [Number(m[1]), Number(m[2])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return withYear(m[3], docDate, (year) => (d <= lastDay(year, mo) ? iso(year, mo, d) : undefined));
}

/** Last day of the period of `span` months ending in `month`; "trước" a period means the end of the one before. */
function periodEnd(year: number, month: number, span: number, before: boolean): string {
  let m = before ? month - span : month;
  let y = year;
  if (m < 1) {
    m += 12;
    y -= 1;
  }
  return iso(y, m, lastDay(y, m));
}

/** A real day written YYYY-MM-DD (years from 1000): only such a document date may supply years and start counts. */
export function isCalendarDay(s: string | null): s is string {
  const m = s ? /^([1-9]\d{3})-(\d{2})-(\d{2})$/.exec(s) : null;
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= lastDay(y, mo);
}

/** The day n days after the document date; working days skip Saturdays and Sundays. Null past year 9999. */
function addDays(docDate: string, n: number, workingDays: boolean): string | null {
  const t = new Date(`${docDate}T00:00:00Z`);
  let left = n;
  while (left > 0) {
    t.setUTCDate(t.getUTCDate() + 1);
    const wd = t.getUTCDay();
    if (!workingDays || (wd !== 0 && wd !== 6)) left--;
  }
  const y = t.getUTCFullYear();
  return y <= 9999 ? iso(y, t.getUTCMonth() + 1, t.getUTCDate()) : null;
}

const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const lastDay = (y: number, m: number) => (m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);
const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
