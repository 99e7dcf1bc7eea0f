// Editor content (Tiptap/ProseMirror JSON) to model blocks: paragraphs and headings in body style, bullet and ordered
// lists as real Word numbering, tables as real Word tables, bold/italic/underline marks and hard breaks. Unknown
// nodes keep their text; nothing is ever passed through as HTML.
import type { RichNode } from '../domain/types';
import { bodyParagraph, type Layout } from './layout';
import { paragraph, type Align, type Block, type Cell, type Paragraph, type Row, type Run } from './model';

type ListContext = { kind: 'bullet' | 'ordered'; level: number; instance: number } | null;

export function richToBlocks(doc: RichNode, layout: Layout): Block[] {
  return (doc.content ?? []).flatMap((node) => nodeToBlocks(node, layout, null));
}

/** True when the document has no text at all (an empty editor still holds one empty paragraph). */
export function isRichEmpty(doc: RichNode): boolean {
  const hasText = (node: RichNode): boolean => Boolean(node.text?.trim()) || (node.content ?? []).some(hasText);
  return !hasText(doc);
}

function nodeToBlocks(node: RichNode, layout: Layout, list: ListContext): Block[] {
  switch (node.type) {
    case 'paragraph':
    case 'heading': {
      const runs = inlineRuns(node.content ?? []);
      if (!runs.some((r) => r.text.trim()) && !list) return [];
      const align = alignOf(node);
      const heading = node.type === 'heading';
      return [
        bodyParagraph(layout, heading ? 'heading' : list ? 'listItem' : 'body', runs, {
          ...(align ? { align } : {}),
          // Centred text has no indent; nested list items step in one indent per level.
          ...(align === 'center' || align === 'right' ? { indent: { firstLine: 0 } } : list ? { indent: { firstLine: layout.firstLineIndent * (list.level + 1) } } : {}),
          bold: heading,
          keepNext: heading,
          list,
        }),
      ];
    }
    case 'bulletList':
    case 'orderedList': {
      const kind = node.type === 'bulletList' ? 'bullet' : 'ordered';
      const level = list ? Math.min(list.level + 1, 8) : 0;
      // Nested lists of the same kind continue their parent's instance; a new top-level list restarts at 1.
      const instance = list && list.kind === kind ? list.instance : layout.nextListInstance();
      return (node.content ?? []).flatMap((item) => listItemBlocks(item, layout, { kind, level, instance }));
    }
    case 'table':
      return [tableBlock(node, layout)];
    default:
      if (node.content) return node.content.flatMap((child) => nodeToBlocks(child, layout, list));
      return node.text ? [bodyParagraph(layout, 'body', node.text)] : [];
  }
}

/** The item's first paragraph carries the number; its other paragraphs continue without one. */
function listItemBlocks(item: RichNode, layout: Layout, list: NonNullable<ListContext>): Block[] {
  let numbered = false;
  return (item.content ?? []).flatMap((child) => {
    if (child.type === 'bulletList' || child.type === 'orderedList') return nodeToBlocks(child, layout, list);
    const blocks = nodeToBlocks(child, layout, numbered ? null : list);
    if (blocks.length) numbered = true;
    return blocks;
  });
}

function inlineRuns(nodes: RichNode[]): Run[] {
  const runs: Run[] = [];
  let breakPending = false;
  for (const node of nodes) {
    if (node.type === 'hardBreak') {
      if (breakPending) runs.push({ text: '', breakBefore: true });
      breakPending = true;
      continue;
    }
    if (node.type !== 'text' || !node.text) continue;
    const marks = new Set((node.marks ?? []).map((m) => m.type));
    runs.push({
      text: node.text,
      ...(marks.has('bold') ? { bold: true } : {}),
      ...(marks.has('italic') ? { italic: true } : {}),
      ...(marks.has('underline') ? { underline: true } : {}),
      ...(breakPending ? { breakBefore: true } : {}),
    });
    breakPending = false;
  }
  if (breakPending) runs.push({ text: '', breakBefore: true });
  return runs;
}

function alignOf(node: RichNode): Align | null {
  const value = node.attrs?.textAlign;
  return value === 'left' || value === 'center' || value === 'right' || value === 'justify' ? value : null;
}

function tableBlock(node: RichNode, layout: Layout): Block {
  const rowNodes = (node.content ?? []).filter((r) => r.type === 'tableRow');
  const rows: Row[] = rowNodes.map((rowNode) => {
    const cells: Cell[] = (rowNode.content ?? []).map((cellNode) => {
      const blocks = (cellNode.content ?? []).flatMap((child) => cellBlocks(child, layout));
      return {
        blocks: blocks.length ? blocks : [cellParagraph(layout, [])],
        colSpan: positiveInt(cellNode.attrs?.colspan),
        rowSpan: positiveInt(cellNode.attrs?.rowspan),
        header: cellNode.type === 'tableHeader',
      };
    });
    return { cells, cantSplit: true, header: cells.length > 0 && cells.every((c) => c.header) };
  });
  return { type: 'table', role: 'content', columnWidths: columnWidths(rowNodes, layout.textWidth), borders: true, rows };
}

/** Inside a cell text is set flush, without the body's first-line indent. */
function cellBlocks(node: RichNode, layout: Layout): Block[] {
  return nodeToBlocks(node, layout, null).map((block) =>
    block.type === 'paragraph' && !block.list ? { ...block, role: 'tableCell', align: alignOf(node) ?? 'left', indent: { ...block.indent, firstLine: 0 }, spacing: { before: 40, after: 40, line: null } } : block,
  );
}

function cellParagraph(layout: Layout, runs: Run[]): Paragraph {
  return paragraph('tableCell', runs, layout.bodyStyle, { align: 'left' });
}

/** Column widths from the editor's `colwidth` (pixels) when every column has one, else equal; scaled to the text width. */
function columnWidths(rows: RichNode[], textWidth: number): number[] {
  const first = rows[0]?.content ?? [];
  const pixels: (number | null)[] = [];
  for (const cell of first) {
    const span = positiveInt(cell.attrs?.colspan);
    const widths = Array.isArray(cell.attrs?.colwidth) ? (cell.attrs.colwidth as unknown[]) : [];
    for (let i = 0; i < span; i++) pixels.push(typeof widths[i] === 'number' && (widths[i] as number) > 0 ? (widths[i] as number) : null);
  }
  const count = Math.max(1, pixels.length);
  const known = pixels.every((p): p is number => p !== null) && pixels.length > 0;
  const weights = known ? (pixels as number[]) : Array.from({ length: count }, () => 1);
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((w / total) * textWidth));
}

function positiveInt(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : 1;
}
