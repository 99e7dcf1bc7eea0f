// Stage two of an export: the document model to a .docx file with the `docx` library, as bytes. Sets what no
// paragraph can: A4 and margins in twips, the first page without a page number (titlePg, empty first header),
// Times New Roman for all four font slots in defaults, numbering and every run, vi-VN, and Word list numbering.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LevelFormat,
  LevelSuffix,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  VerticalAlign,
  WidthType,
  type ILevelsOptions,
} from 'docx';
import type * as Model from './model';

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.BOTH } as const;
const LINE = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } as const;
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;

type Fonts = { ascii: string; hAnsi: string; cs: string; eastAsia: string };
type Context = { fonts: Fonts; language: string };

/** Bullets step "-", "+", "-" … and numbers "1.", "a)", "-" as Vietnamese documents do (ND30 §1.2 row 10). */
const BULLETS = ['-', '+'];
const ORDERED: { format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: (level: number) => string }[] = [
  { format: LevelFormat.DECIMAL, text: (l) => `%${l + 1}.` },
  { format: LevelFormat.LOWER_LETTER, text: (l) => `%${l + 1})` },
  { format: LevelFormat.BULLET, text: () => '-' },
];

export async function renderDocx(model: Model.DocModel): Promise<Uint8Array> {
  const fonts: Fonts = { ascii: model.font, hAnsi: model.font, cs: model.font, eastAsia: model.font };
  const context: Context = { fonts, language: model.language };
  const blocks: Model.Block[] = [model.header, ...model.title, ...model.content, model.signature, ...model.trailer];

  const document = new Document({
    title: model.title.map((p) => p.runs.map((r) => r.text).join('')).join(' ').trim(),
    creator: 'Biên Bản',
    styles: {
      default: {
        document: { run: { font: fonts, size: model.body.sizePt * 2, language: { value: model.language, eastAsia: model.language } } },
      },
    },
    numbering: {
      config: [
        { reference: 'bullet', levels: numberingLevels(model, context, (level) => ({ format: LevelFormat.BULLET, text: BULLETS[level % 2] })) },
        {
          reference: 'ordered',
          levels: numberingLevels(model, context, (level) => {
            const step = ORDERED[Math.min(level, ORDERED.length - 1)];
            return { format: step.format, text: step.text(level) };
          }),
        },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: model.page.width, height: model.page.height, orientation: PageOrientation.PORTRAIT },
            margin: { ...model.page.margins, gutter: 0 },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: model.pageNumber.sizePt * 2, font: fonts, language: { value: model.language } })],
              }),
            ],
          }),
          // Page 1 shows no number (ND30 §1.1, HD 36): an empty first-page header.
          first: new Header({ children: [new Paragraph({})] }),
        },
        children: [
          ...blocks.map((block) => renderBlock(block, context)),
          // Word wants a paragraph after a final table; keep it tiny so it never adds a page.
          ...(blocks[blocks.length - 1]?.type === 'table' ? [new Paragraph({ run: { size: 2, font: fonts }, spacing: { before: 0, after: 0 } })] : []),
        ],
      },
    ],
  });
  return Packer.pack(document, 'uint8array');
}

function numberingLevels(model: Model.DocModel, context: Context, shape: (level: number) => Pick<ILevelsOptions, 'format' | 'text'>): ILevelsOptions[] {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    ...shape(level),
    alignment: AlignmentType.LEFT,
    suffix: LevelSuffix.SPACE,
    style: {
      paragraph: { indent: { left: 0, firstLine: model.body.firstLineIndent * (level + 1) } },
      run: { font: context.fonts, size: model.body.sizePt * 2 },
    },
  }));
}

function renderBlock(block: Model.Block, context: Context): Paragraph | Table {
  return block.type === 'paragraph' ? renderParagraph(block, context) : renderTable(block, context);
}

function renderParagraph(p: Model.Paragraph, context: Context): Paragraph {
  const markRun = { size: p.sizePt * 2, font: context.fonts, language: { value: context.language } };
  return new Paragraph({
    alignment: ALIGN[p.align],
    indent: p.indent,
    spacing: {
      before: p.spacing.before,
      after: p.spacing.after,
      ...(p.spacing.line ? { line: p.spacing.line.value, lineRule: p.spacing.line.rule === 'exact' ? LineRuleType.EXACT : LineRuleType.AUTO } : {}),
    },
    keepNext: p.keepNext || undefined,
    // OOXML leaves widow control off unless it is set (docx writes no pPrDefault): without it a closing sentence kept
    // with the signature row could still leave one line at the foot of the page before.
    widowControl: true,
    ...(p.border === 'bottom' ? { border: { bottom: LINE } } : {}),
    ...(p.border === 'box' ? { border: { top: LINE, bottom: LINE, left: LINE, right: LINE } } : {}),
    ...(p.list ? { numbering: { reference: p.list.kind, level: p.list.level, instance: p.list.instance } } : {}),
    run: markRun,
    children: p.runs.map(
      (run) =>
        new TextRun({
          text: run.text,
          bold: run.bold ?? p.bold,
          italics: run.italic ?? p.italic,
          ...((run.underline ?? p.underline) ? { underline: { type: UnderlineType.SINGLE } } : {}),
          ...(run.breakBefore ? { break: 1 } : {}),
          ...markRun,
        }),
    ),
  });
}

function renderTable(t: Model.Table, context: Context): Table {
  const total = t.columnWidths.reduce((a, b) => a + b, 0);
  const spans = t.rows.some((row) => row.cells.some((c) => c.colSpan > 1 || c.rowSpan > 1));
  const cellBorders = t.borders ? undefined : { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: t.columnWidths,
    layout: TableLayoutType.FIXED,
    borders: t.borders ? { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE } : TableBorders.NONE,
    margins: t.borders ? { top: 0, bottom: 0, left: 85, right: 85 } : { top: 0, bottom: 0, left: 0, right: 0 },
    rows: t.rows.map(
      (row) =>
        new TableRow({
          cantSplit: row.cantSplit,
          tableHeader: row.header || undefined,
          children: row.cells.map(
            (c, column) =>
              new TableCell({
                // With merged cells the grid alone gives widths; otherwise each cell states its column's width.
                ...(spans ? {} : { width: { size: t.columnWidths[column] ?? 0, type: WidthType.DXA } }),
                columnSpan: c.colSpan > 1 ? c.colSpan : undefined,
                rowSpan: c.rowSpan > 1 ? c.rowSpan : undefined,
                verticalAlign: VerticalAlign.TOP,
                ...(cellBorders ? { borders: cellBorders } : {}),
                children: c.blocks.map((block) => renderBlock(block, context)),
              }),
          ),
        }),
    ),
  });
}
