// Span → editor position mapping (renderer/src/features/minutes/conclusionsMap.ts): the highlight must
// cover exactly the characters the extractor's span points at in conclusionsText, whatever the structure.
import { getSchema } from '@tiptap/core';
import { Node as PmNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import type { RichNode } from '../../../shared/domain/types';
import { conclusionsText } from '../../../shared/editor/minutesDoc';
import { locate, mapConclusions, rangesForSpan } from '../../../renderer/src/features/minutes/conclusionsMap';
import { minutesExtensions } from '../../../renderer/src/features/minutes/schema';

const schema = getSchema(minutesExtensions);
const text = (s: string, bold = false): RichNode => ({ type: 'text', text: s, ...(bold ? { marks: [{ type: 'bold' }] } : {}) });
const p = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content });
const h = (s: string): RichNode => ({ type: 'heading', attrs: { level: 2 }, content: [text(s)] });
const li = (s: string): RichNode => ({ type: 'listItem', content: [p(text(s))] });

const json: RichNode = {
  type: 'doc',
  content: [
    p(text('Thời gian: ', true), text('08 giờ')),
    h('Nội dung'),
    p(text('Sở Tài chính báo cáo.')),
    h('II. Kết luận'),
    p(text('Đồng chí '), text('Chủ tịch', true), text(' kết luận: Sở Y tế khẩn trương triển khai.')),
    { type: 'orderedList', attrs: { start: 3 }, content: [li('Sở Xây dựng rà soát quy hoạch.'), li('Công an tỉnh bảo đảm an ninh.')] },
    { type: 'bulletList', content: [li('Văn phòng theo dõi.')] },
    p(text('Dòng một'), { type: 'hardBreak' }, text('Sở Nội vụ tổng hợp.')),
    {
      type: 'table',
      content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [p(text('Ô một'))] }, { type: 'tableCell', content: [p(text('Ban Dân vận phối hợp.'))] }] }],
    },
  ],
};
const doc = PmNode.fromJSON(schema, json);
const plain = conclusionsText(json);
const spanOf = (s: string) => ({ start: plain.indexOf(s), end: plain.indexOf(s) + s.length });
const covered = (s: string) => rangesForSpan(mapConclusions(doc)!, spanOf(s)).map((r) => doc.textBetween(r.from, r.to)).join('|');

describe('mapConclusions', () => {
  it('walks the document after Kết luận exactly as conclusionsText does', () => {
    expect(mapConclusions(doc)?.text).toBe(plain);
    expect(plain).toContain('3. Sở Xây dựng');
    expect(plain).toContain('- Văn phòng');
  });

  it.each([
    'Sở Y tế khẩn trương triển khai.',
    'Chủ tịch kết luận',
    'Sở Xây dựng rà soát quy hoạch.',
    'Công an tỉnh bảo đảm an ninh.',
    'Sở Nội vụ tổng hợp.',
    'Ban Dân vận phối hợp.',
  ])('covers exactly "%s"', (sentence) => {
    expect(covered(sentence).replaceAll('|', '')).toBe(sentence);
  });

  it('splits a span across blocks and leaves out list prefixes and line breaks', () => {
    expect(covered('triển khai.\n3. Sở Xây dựng')).toBe('triển khai.|Sở Xây dựng');
    // One range through the hard break: it is a leaf node, one position wide, with no text of its own.
    expect(covered('Dòng một\nSở Nội vụ')).toBe('Dòng mộtSở Nội vụ');
  });

  it('finds a sentence that moved since the proposals were made', () => {
    const map = mapConclusions(doc)!;
    const span = spanOf('Công an tỉnh bảo đảm an ninh.');
    const shifted = { start: span.start - 5, end: span.end - 5 };
    expect(locate(map, shifted, 'Công an tỉnh bảo đảm an ninh.')).toEqual(span);
    expect(locate(map, span, 'Câu đã bị xóa.')).toBeNull();
  });
});
