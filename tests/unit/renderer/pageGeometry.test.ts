// The export preview's unit conversions and list numbering (renderer/src/features/documents/pageGeometry.ts).
import { describe, expect, it } from 'vitest';
import { paragraph, type Block, type Paragraph } from '../../../shared/docx/model';
import { lineHeightPx, listMarkers, ruleWidthPx, scaleFor } from '../../../renderer/src/features/documents/pageGeometry';

const style = { sizePt: 14, bold: false, italic: false, underline: false, caps: false };
const item = (kind: 'bullet' | 'ordered', level: number, instance: number): Paragraph =>
  paragraph('listItem', 'x', style, { list: { kind, level, instance } });

describe('preview geometry', () => {
  it('scales twips and points to the sheet width', () => {
    const scale = scaleFor(11906, 595.3);
    expect(scale.tw(11906)).toBeCloseTo(595.3);
    // At 0.05 px per twip a point (20 twips) is one pixel.
    expect(scale.pt(14)).toBeCloseTo(14, 1);
  });

  it('gives exact lines their length and auto lines a multiple of single spacing', () => {
    const scale = scaleFor(1000, 1000);
    expect(lineHeightPx({ rule: 'exact', value: 380 }, 14, scale)).toBe(380);
    expect(lineHeightPx(null, 10, scale)).toBeCloseTo(230);
    expect(lineHeightPx({ rule: 'auto', value: 360 }, 10, scale)).toBeCloseTo(345);
  });

  it('never draws a rule thinner than one pixel', () => {
    expect(ruleWidthPx(scaleFor(11906, 400))).toBe(1);
    expect(ruleWidthPx(scaleFor(1000, 1000))).toBe(15);
  });
});

describe('list markers', () => {
  it('numbers per instance, restarts a deeper level under a new parent, and steps bullets - +', () => {
    const blocks: Paragraph[] = [
      item('ordered', 0, 1),
      item('ordered', 1, 1),
      item('ordered', 1, 1),
      item('ordered', 0, 1),
      item('ordered', 1, 1),
      item('ordered', 2, 1),
      item('ordered', 0, 2),
      item('bullet', 0, 3),
      item('bullet', 1, 3),
    ];
    const markers = listMarkers(blocks);
    expect(blocks.map((b) => markers.get(b))).toEqual(['1.', 'a)', 'b)', '2.', 'a)', '-', '1.', '-', '+']);
  });

  it('counts list paragraphs inside table cells and leaves other paragraphs unmarked', () => {
    const inCell = item('ordered', 0, 1);
    const plain = paragraph('body', 'y', style);
    const table: Block = { type: 'table', role: 'content', columnWidths: [100], borders: true, rows: [{ cells: [{ blocks: [inCell], colSpan: 1, rowSpan: 1, header: false }], cantSplit: false, header: false }] };
    const after = item('ordered', 0, 1);
    const markers = listMarkers([table, plain, after]);
    expect([markers.get(inCell), markers.get(plain), markers.get(after)]).toEqual(['1.', undefined, '2.']);
  });
});
