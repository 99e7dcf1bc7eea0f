// The parts every official document shares: the two-column header table (issuing body, number; national name or
// Party header, date line), the title block (draft mark, type name, summary and its separator), the signature
// column and the "Nơi nhận" list. Everything is sized from the profile; no regime is named in code.
import { bodyParagraph, ruleParagraph, type Layout } from './layout';
import { mmToTwips, paragraph, type Block, type Cell, type Paragraph, type Table } from './model';
import type { Separator, TextStyle } from './profiles';
import { formatDateLine, formatDocumentNumber } from './formatting';
import type { DocumentKind, ExportSource } from './source';
import { estimateWidthMm, lowerFirst, nfc, upper, upperFirst } from './text';

const pt = (points: number) => Math.round(points * 20);

function cell(blocks: Block[]): Cell {
  return { blocks, colSpan: 1, rowSpan: 1, header: false };
}

/**
 * Lines of a header name. The secretary may force breaks with newlines. A line too long for its column is split into
 * two lines of similar width ("SỞ THÔNG TIN VÀ / TRUYỀN THÔNG", not "… TRUYỀN / THÔNG"); longer ones are left to
 * Word, which wraps with the real font metrics (guide §6 shows the Party body name wrapped that way).
 */
function nameLines(text: string, style: TextStyle, column: number): string[] {
  return nfc(text)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .flatMap((line) => balanceInTwoLines(style.caps ? upper(line) : line, style, column));
}

/** The estimate is about 1 % exact and Word needs a hair of slack: a line within 2 % of the column counts as too long. */
const FIT = 0.98;

function balanceInTwoLines(line: string, style: TextStyle, column: number): string[] {
  const width = (t: string) => textTwips(t, style);
  if (width(line) <= column * FIT) return [line];
  const words = line.split(/\s+/);
  let best: string[] = [line];
  let bestWidth = Infinity;
  for (let i = 1; i < words.length; i++) {
    const pair = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const widest = Math.max(...pair.map(width));
    if (widest < bestWidth) [best, bestWidth] = [pair, widest];
  }
  return bestWidth <= column * FIT ? best : [line];
}

/** Printed width of one line in the element's style, twips. */
function textTwips(text: string, style: TextStyle): number {
  return mmToTwips(estimateWidthMm(style.caps ? upper(text) : text, style.sizePt, style.bold));
}

/** The separator under a name or summary: a rule a share of the longest line (capped by the column), or a typed mark. */
function separatorParagraph(role: Paragraph['role'], separator: Separator, lines: string[], style: TextStyle, textStyle: TextStyle, container: number, options: { before?: number; after?: number } = {}): Paragraph {
  if (separator.kind === 'text') return paragraph(role, separator.text, textStyle, { spacing: { after: options.after ?? 0 } });
  const longest = Math.max(0, ...lines.map((l) => textTwips(l, style)));
  const rule = ruleParagraph(role, Math.min(longest, container) * separator.ratio, container);
  return { ...rule, spacing: { ...rule.spacing, before: options.before ?? rule.spacing.before, after: options.after ?? 0 } };
}

export function buildHeader(layout: Layout, kind: DocumentKind, source: ExportSource): { table: Table; numberText: string; dateLine: string } {
  const { header } = layout.profile;
  const { organization } = source;
  const [left, right] = header.columnsMm.map(mmToTwips);

  const parent = nameLines(organization.parent, header.parent, left).map((line) => paragraph('parent', line, header.parent));
  const names = nameLines(organization.name, header.name, left);
  const name = names.map((line) => paragraph('name', line, header.name));
  const leftTop = [...parent, ...name, separatorParagraph('nameSeparator', header.nameSeparator, names, header.name, header.separatorStyle, left)];

  const fixed = header.rightLines.map((line) => paragraph(line.role, line.text, line.style));
  const last = header.rightLines[header.rightLines.length - 1];
  const rightRule = ruleParagraph('headerRule', textTwips(last.text, last.style) * header.rightRuleRatio, right);

  const number = source.draft ? null : source.number;
  const numberText = header.numberLabel + formatDocumentNumber(organization.regime, kind, number, organization.symbol, layout.profile);
  const dateLine = formatDateLine(organization.place, source.issuedOn);
  const rowGap = { spacing: { before: pt(header.dateRowBeforePt) } };

  return {
    numberText,
    dateLine,
    table: {
      type: 'table',
      role: 'header',
      columnWidths: [left, right],
      borders: false,
      rows: [
        { cells: [cell(leftTop), cell([...fixed, rightRule])], cantSplit: true, header: false },
        {
          cells: [cell([paragraph('number', numberText, header.number, rowGap)]), cell([paragraph('dateLine', dateLine, header.date, rowGap)])],
          cantSplit: true,
          header: false,
        },
      ],
    },
  };
}

/** Draft mark, type name ("BIÊN BẢN", "THÔNG BÁO"), the summary in the regime's first-letter case, and its separator. */
export function buildTitle(layout: Layout, kind: DocumentKind, summary: string, draft: boolean): Paragraph[] {
  const { title } = layout.profile;
  const lowered = title.summaryFirstLetter === 'upper' ? upperFirst(summary.trim()) : lowerFirst(summary.trim());
  const draftStyle = { ...title.typeName, sizePt: layout.profile.body.sizePt };
  const draftMark = paragraph('draftMark', title.draftMark, draftStyle, {
    border: 'box',
    spacing: { before: pt(title.beforePt) },
    // A narrow centred frame: the mark's own width plus a little room.
    indent: boxIndent(layout, title.draftMark, draftStyle),
  });
  return [
    ...(draft ? [draftMark] : []),
    paragraph('typeName', title.typeNames[kind], title.typeName, { spacing: { before: pt(title.beforePt) }, keepNext: true }),
    paragraph('summary', lowered, title.summary, { keepNext: true }),
    separatorParagraph('summarySeparator', title.summarySeparator, [lowered], title.summary, title.summary, layout.textWidth, { before: pt(3), after: pt(title.afterPt) }),
  ];
}

function boxIndent(layout: Layout, text: string, style: TextStyle): { left: number; right: number } {
  const side = Math.max(0, Math.round((layout.textWidth - textTwips(text, style) - mmToTwips(8)) / 2));
  return { left: side, right: side };
}

/** Blank lines for the signature and seal, at the signer's size. */
function signatureGap(layout: Layout): Paragraph[] {
  const { signing } = layout.profile;
  return Array.from({ length: signing.gapLines }, () => paragraph('signatureGap', '', signing.name));
}

/** A signer column: authority (if any), title, room to sign, name (left blank for a name filled in by hand). */
export function signerColumn(layout: Layout, lines: { authority?: string; label: string; labelRole: 'signerLabel' | 'signingTitle'; name: string }): Paragraph[] {
  const { signing } = layout.profile;
  return [
    ...(lines.authority ? [paragraph('authority', lines.authority, signing.authority)] : []),
    paragraph(lines.labelRole, lines.label, lines.labelRole === 'signerLabel' ? signing.authority : signing.title),
    ...signatureGap(layout),
    paragraph('signerName', lines.name, signing.name),
  ];
}

/**
 * "Nơi nhận:" and its items, the last item being the archive line; every other item ends with the regime's mark.
 * The list is kept in one piece: below the minutes' signatures it must not leave its label alone at a page foot.
 */
export function recipientsList(layout: Layout, recipients: string[], archive: string, options: { beforePt?: number } = {}): Paragraph[] {
  const { recipients: style } = layout.profile;
  const items = recipients.map((r) => r.trim().replace(/[;,.]+$/, '')).filter(Boolean);
  const line = (text: string, last: boolean) => paragraph('recipient', text, style.item, { align: 'left', keepNext: !last });
  return [
    paragraph('recipientsLabel', style.label, style.labelStyle, { align: 'left', spacing: { before: pt(options.beforePt ?? 0) }, keepNext: true }),
    ...items.map((item) => line(`- ${item}${style.lineEnd}`, false)),
    line(archive, true),
  ];
}

/** The two-column borderless row at the foot of the document; it must not split across pages. */
export function signatureTable(layout: Layout, left: Block[], right: Block[]): Table {
  const [l, r] = layout.profile.signing.columnsPercent;
  const leftWidth = Math.round((layout.textWidth * l) / (l + r));
  return {
    type: 'table',
    role: 'signature',
    columnWidths: [leftWidth, layout.textWidth - leftWidth],
    borders: false,
    rows: [{ cells: [cell(left.length ? left : [paragraph('spacer', '', layout.bodyStyle)]), cell(right)], cantSplit: true, header: false }],
  };
}

/** A body paragraph ending the document's text, with the regime's end mark ("./." or "."). */
export function closingParagraph(layout: Layout, sentence: string): Paragraph {
  const text = sentence.trim().replace(/[.;:,]+$/, '');
  // The space after it separates the text from the signature row.
  return bodyParagraph(layout, 'closing', text + layout.profile.endMark, { keepNext: true, spacing: { after: pt(12) } });
}
