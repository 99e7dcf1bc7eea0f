// Turns the document model's Word units (twips, points, 240ths of a line) into CSS for a preview sheet of a given
// width, and numbers list paragraphs the way the exporter's Word numbering does. Pure, so it is unit-tested.
import type { Block, LineSpacing, Paragraph } from '../../../../shared/docx/model';

/** Word's "single" line for Times New Roman is about 1.15 of the font size (ascent + descent + gap). */
const SINGLE_LINE = 1.15;
/** The exporter's drawn rules and boxes are 6 eighths of a point, 1 pt off the text (render.ts `LINE`). */
const RULE_PT = 0.75;
const RULE_SPACE_PT = 1;

export type Scale = {
  /** CSS pixels for a length in twips. */
  tw(twips: number): number;
  /** CSS pixels for a length in points. */
  pt(points: number): number;
};

export function scaleFor(pageWidthTwips: number, sheetWidthPx: number): Scale {
  const perTwip = sheetWidthPx / pageWidthTwips;
  return { tw: (twips) => twips * perTwip, pt: (points) => points * 20 * perTwip };
}

/** CSS line-height in pixels: exact lines are lengths, "auto" lines are multiples of single spacing. */
export function lineHeightPx(line: LineSpacing | null, sizePt: number, scale: Scale): number {
  if (line?.rule === 'exact') return scale.tw(line.value);
  const multiple = line ? line.value / 240 : 1;
  return scale.pt(sizePt) * SINGLE_LINE * multiple;
}

export function ruleWidthPx(scale: Scale): number {
  // Never thinner than a device pixel, or a small preview would lose its rules.
  return Math.max(1, scale.pt(RULE_PT));
}

/** The gap Word leaves between a paragraph's text and its border. */
export function ruleSpacePx(scale: Scale): number {
  return scale.pt(RULE_SPACE_PT);
}

/**
 * The marker Word shows before each list paragraph: "1.", "a)", "-" for ordered levels and "-", "+" for bullets
 * (render.ts `ORDERED`, `BULLETS`). Counters run per numbering instance; a deeper level restarts under a new parent.
 */
export function listMarkers(blocks: Block[]): Map<Paragraph, string> {
  const counters = new Map<number, number[]>();
  const markers = new Map<Paragraph, string>();
  const visit = (block: Block) => {
    if (block.type === 'table') {
      block.rows.forEach((row) => row.cells.forEach((cell) => cell.blocks.forEach(visit)));
      return;
    }
    const { list } = block;
    if (!list) return;
    const levels = counters.get(list.instance) ?? [];
    levels[list.level] = (levels[list.level] ?? 0) + 1;
    levels.length = list.level + 1;
    counters.set(list.instance, levels);
    markers.set(block, markerText(list.kind, list.level, levels[list.level]));
  };
  blocks.forEach(visit);
  return markers;
}

function markerText(kind: 'bullet' | 'ordered', level: number, n: number): string {
  if (kind === 'bullet') return level % 2 ? '+' : '-';
  if (level === 0) return `${n}.`;
  if (level === 1) return `${String.fromCharCode(96 + Math.min(n, 26))})`;
  return '-';
}
