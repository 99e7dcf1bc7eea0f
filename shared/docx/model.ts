// The document model: a plain, serialisable description of one official document (paragraphs with resolved sizes and
// styles, tables with fixed widths in twips) that the builders produce and the renderer turns into Word XML.
// `paragraph()` is the one factory every builder uses, so NFC and defaults are applied in a single place.
import type { Regime } from '../domain/types';
import type { TextStyle } from './profiles';
import type { DocumentKind } from './source';
import { nfc, upper } from './text';

/** Millimetres to twips, rounded (docx's `convertMillimetersToTwip` floors: A4 would come out 11905 × 16837). */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

export type Run = { text: string; bold?: boolean; italic?: boolean; underline?: boolean; breakBefore?: boolean };
export type Align = 'left' | 'center' | 'right' | 'justify';
/** `auto`: value in 240ths of a line; `exact`: value in twips. */
export type LineSpacing = { rule: 'auto' | 'exact'; value: number };

export type Role =
  | 'parent' | 'name' | 'nameSeparator' | 'nationalName' | 'motto' | 'partyHeader' | 'headerRule' | 'number' | 'dateLine'
  | 'draftMark' | 'typeName' | 'summary' | 'summarySeparator'
  | 'body' | 'field' | 'sectionLabel' | 'attendee' | 'heading' | 'listItem' | 'tableCell' | 'closing'
  | 'signerLabel' | 'authority' | 'signingTitle' | 'signatureGap' | 'signerName' | 'recipientsLabel' | 'recipient'
  | 'spacer';

export type Paragraph = {
  type: 'paragraph';
  /** What the paragraph is, so tests and readers can find it without knowing its position. */
  role: Role;
  runs: Run[];
  sizePt: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  align: Align;
  /** Twips. */
  indent: { left: number; right: number; firstLine: number };
  /** Twips before and after; line as described by `LineSpacing`, or null for single. */
  spacing: { before: number; after: number; line: LineSpacing | null };
  /** `bottom`: the paragraph is a drawn rule (its length set by the indents); `box`: a framed mark. */
  border: 'none' | 'bottom' | 'box';
  keepNext: boolean;
  list: { kind: 'bullet' | 'ordered'; level: number; instance: number } | null;
};

export type Cell = { blocks: Block[]; colSpan: number; rowSpan: number; header: boolean };
export type Row = { cells: Cell[]; cantSplit: boolean; header: boolean };
export type Table = {
  type: 'table';
  role: 'header' | 'signature' | 'content';
  /** Twips, fixed layout: the table never autofits. */
  columnWidths: number[];
  borders: boolean;
  rows: Row[];
};
export type Block = Paragraph | Table;

export type DocModel = {
  kind: DocumentKind;
  regime: Regime;
  draft: boolean;
  font: string;
  language: string;
  /** Twips. */
  page: { width: number; height: number; margins: { top: number; right: number; bottom: number; left: number; header: number; footer: number } };
  pageNumber: { sizePt: number };
  /** Defaults for body text and list numbering. */
  body: { sizePt: number; firstLineIndent: number };
  numberText: string;
  dateLine: string;
  endMark: string;
  header: Table;
  title: Paragraph[];
  content: Block[];
  signature: Table;
  trailer: Block[];
};

export type ParagraphOptions = Partial<Omit<Paragraph, 'type' | 'role' | 'runs' | 'indent' | 'spacing'>> & {
  indent?: Partial<Paragraph['indent']>;
  spacing?: Partial<Paragraph['spacing']>;
};

/** The single paragraph factory: text is NFC, and upper-cased when the element's style says capitals. */
export function paragraph(role: Role, content: string | Run[], style: TextStyle, options: ParagraphOptions = {}): Paragraph {
  const runs = (typeof content === 'string' ? (content ? [{ text: content }] : []) : content).map((run) => ({
    ...run,
    text: style.caps ? upper(run.text) : nfc(run.text),
  }));
  return {
    type: 'paragraph',
    role,
    runs,
    sizePt: options.sizePt ?? style.sizePt,
    bold: options.bold ?? style.bold,
    italic: options.italic ?? style.italic,
    underline: options.underline ?? style.underline,
    align: options.align ?? 'center',
    indent: { left: 0, right: 0, firstLine: 0, ...options.indent },
    spacing: { before: 0, after: 0, line: null, ...options.spacing },
    border: options.border ?? 'none',
    keepNext: options.keepNext ?? false,
    list: options.list ?? null,
  };
}

/** All the text of a block, for tests and summaries. */
export function blockText(block: Block): string {
  if (block.type === 'paragraph') return block.runs.map((r) => (r.breakBefore ? '\n' : '') + r.text).join('');
  return block.rows.map((row) => row.cells.map((cell) => cell.blocks.map(blockText).join('\n')).join(' | ')).join('\n');
}
