// The produced .docx (stage two), unzipped and read as XML: page, margins, first page without a number, header
// table geometry without borders, Times New Roman in all four font slots, sizes and styles per element, vi-VN,
// real numbering for lists and real tables for editor tables.
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../../shared/docx';
import type { RichNode } from '../../../shared/domain/types';
import { findParagraph, paragraphText, paragraphs, runFormat, tables, unzipDocx, type DocxParts } from './docxXml';
import { loadSource } from './sources';

const TNR = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: 'Times New Roman' };

async function parts(name: 'seed' | 'state', kind: 'minutes' | 'notice', extra = {}): Promise<DocxParts> {
  return unzipDocx(await exportDocument(kind, loadSource(name, extra)));
}

function expectRun(xml: string, start: string, expected: Partial<ReturnType<typeof runFormat>>) {
  const format = runFormat(findParagraph(xml, start));
  expect(format, start).toMatchObject({ fonts: TNR, lang: 'vi-VN', ...expected });
}

describe('Party notice .docx of the seed meeting', async () => {
  const docx = await parts('seed', 'notice');
  const { document } = docx;

  it('is A4 with the regime margins, in twips', () => {
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"( w:orient="portrait")?\/>/);
    expect(document).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"\/>/);
  });

  it('numbers pages from page 2 only: titlePg, PAGE field only in the default header, empty first-page header', () => {
    expect(document).toContain('<w:titlePg/>');
    expect(docx.headers.default).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(runFormat(paragraphs(docx.headers.default)[0]).sizePt).toBe(14);
    expect(docx.headers.first).not.toContain('PAGE');
    expect(paragraphs(docx.headers.first).map(paragraphText).join('')).toBe('');
    expect(document).not.toContain('PAGE');
  });

  it('lays the header out as a fixed, borderless two-column table of 85/80 mm', () => {
    const header = tables(document)[0];
    expect(header).toContain('<w:tblLayout w:type="fixed"/>');
    expect(header).toMatch(/<w:tblW w:type="dxa" w:w="9354"\/>/);
    expect(header).toMatch(/<w:gridCol w:w="4819"\/>\s*<w:gridCol w:w="4535"\/>/);
    expect(header).toMatch(/<w:tcW w:type="dxa" w:w="4819"\/>/);
    const borders = /<w:tblBorders>[\s\S]*?<\/w:tblBorders>/.exec(header)?.[0] ?? '';
    expect(borders).not.toMatch(/w:val="(single|double|thick)"/);
    const cellBorders = header.match(/<w:tcBorders>[\s\S]*?<\/w:tcBorders>/g) ?? [];
    expect(cellBorders.length).toBe(4);
    expect(cellBorders.every((b) => !/w:val="(single|double|thick)"/.test(b))).toBe(true);
    expect(header).toMatch(/<w:tblCellMar>[\s\S]*<w:left w:type="dxa" w:w="0"\/>[\s\S]*<\/w:tblCellMar>/);
  });

  it('sets each element in its size and style', () => {
    expectRun(document, 'TỈNH ỦY HẢI DƯƠNG', { sizePt: 14, bold: false });
    expectRun(document, 'TIỂU BAN TUYÊN TRUYỀN', { sizePt: 14, bold: true });
    expectRun(document, 'ĐẢNG CỘNG SẢN VIỆT NAM', { sizePt: 15, bold: true });
    expectRun(document, 'Số 05-TB/TBTT', { sizePt: 14, bold: false, italic: false });
    expectRun(document, 'Hải Dương, ngày 11 tháng 6 năm 2020', { sizePt: 14, italic: true });
    expectRun(document, 'THÔNG BÁO', { sizePt: 16, bold: true });
    expectRun(document, 'kết luận của đồng chí Nguyễn Quang Phúc', { sizePt: 14, bold: true });
    expectRun(document, 'Sáng ngày 11/6/2020', { sizePt: 14, bold: false });
    expectRun(document, 'Nơi nhận:', { sizePt: 14, underline: true, bold: false });
    expectRun(document, '- Thường trực Tỉnh ủy (để báo cáo),', { sizePt: 12 });
    expectRun(document, 'K/T TRƯỞNG TIỂU BAN', { sizePt: 14, bold: true });
    expectRun(document, 'PHÓ TRƯỞNG TIỂU BAN', { sizePt: 14, bold: false });
    expectRun(document, 'Nguyễn Quang Phúc', { sizePt: 14, bold: true });
  });

  it('draws the rule under the Party header as a border, and types "-----" under the summary', () => {
    const afterHeader = paragraphs(document)[paragraphs(document).findIndex((p) => paragraphText(p) === 'ĐẢNG CỘNG SẢN VIỆT NAM') + 1];
    expect(afterHeader).toMatch(/<w:pBdr><w:bottom w:val="single"/);
    expect(paragraphText(afterHeader)).toBe('');
    expect(findParagraph(document, '-----')).toBeTruthy();
    expect(document).not.toMatch(/<w:u [^>]*\/>[\s\S]{0,200}ĐẢNG CỘNG SẢN/);
  });

  it('justifies the body with a 10 mm first-line indent, 6 pt before and exactly 19 pt', () => {
    const body = findParagraph(document, 'Sáng ngày 11/6/2020');
    expect(body).toContain('<w:jc w:val="both"/>');
    expect(body).toMatch(/<w:ind [^>]*w:firstLine="567"/);
    expect(body).toMatch(/<w:spacing w:after="0" w:before="120" w:line="380" w:lineRule="exact"\/>/);
  });

  it('ends the body with a plain full stop, never "./."', () => {
    expect(paragraphText(findParagraph(document, 'Trên đây là'))).toMatch(/thực hiện\.$/);
    expect(document).not.toContain('./.');
  });

  it('uses Times New Roman in all four slots and vi-VN everywhere, in styles, numbering and runs', () => {
    const fonts = [...docx.styles.matchAll(/<w:rFonts ([^>]*)\/>/g), ...document.matchAll(/<w:rFonts ([^>]*)\/>/g), ...docx.numbering.matchAll(/<w:rFonts ([^>]*)\/>/g)];
    expect(fonts.length).toBeGreaterThan(50);
    for (const [, attrs] of fonts) {
      for (const slot of ['ascii', 'hAnsi', 'cs', 'eastAsia']) expect(attrs, attrs).toContain(`w:${slot}="Times New Roman"`);
      expect(attrs).not.toMatch(/Theme=/);
    }
    expect(docx.styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="vi-VN"[\s\S]*<\/w:docDefaults>/);
    const runs = document.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];
    expect(runs.every((r) => r.includes('<w:lang w:val="vi-VN"'))).toBe(true);
  });

  it('comes back as plain Uint8Array bytes (no Node Buffer), so the exporter runs in the renderer too', async () => {
    const bytes = await exportDocument('notice', loadSource('seed'));
    expect(Object.getPrototypeOf(bytes)).toBe(Uint8Array.prototype);
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it('holds NFC text only', () => {
    const texts = [...document.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(texts.every((t) => t === t.normalize('NFC'))).toBe(true);
  });
});

describe('state minutes .docx of a Sở meeting', async () => {
  const { document } = await parts('state', 'minutes');

  it('sets the state header, title, signers and recipients in their sizes', () => {
    const header = tables(document)[0];
    expect(header).toMatch(/<w:gridCol w:w="3685"\/>\s*<w:gridCol w:w="5669"\/>/);
    expectRun(document, 'UBND TỈNH HẢI DƯƠNG', { sizePt: 13, bold: false });
    expectRun(document, 'SỞ THÔNG TIN VÀ', { sizePt: 13, bold: true });
    expectRun(document, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { sizePt: 13, bold: true });
    expectRun(document, 'Độc lập - Tự do - Hạnh phúc', { sizePt: 14, bold: true, underline: false });
    expectRun(document, 'Số: 12/BB-STTTT', { sizePt: 13 });
    expectRun(document, 'Hải Dương, ngày 05 tháng 7 năm 2024', { sizePt: 14, italic: true });
    expectRun(document, 'BIÊN BẢN', { sizePt: 14, bold: true });
    expectRun(document, 'Cuộc họp giao ban', { sizePt: 14, bold: true });
    expectRun(document, 'THƯ KÝ', { sizePt: 14, bold: true });
    expectRun(document, 'CHỦ TỌA', { sizePt: 14, bold: true });
    expectRun(document, 'Trần Văn Bình', { sizePt: 14, bold: true });
    expectRun(document, 'Nơi nhận:', { sizePt: 12, bold: true, italic: true });
    expectRun(document, '- Lưu: VT, hồ sơ.', { sizePt: 11 });
  });

  it('draws the motto, agency and summary rules as bottom borders of empty paragraphs', () => {
    const all = paragraphs(document);
    const ruleAfter = (text: string) => all[all.findIndex((p) => paragraphText(p) === text) + 1];
    for (const text of ['Độc lập - Tự do - Hạnh phúc', 'TRUYỀN THÔNG', 'Cuộc họp giao ban triển khai chuyển đổi số quý III năm 2024']) {
      expect(ruleAfter(text), text).toMatch(/<w:pBdr><w:bottom w:val="single"/);
      expect(paragraphText(ruleAfter(text))).toBe('');
    }
  });

  it('uses a 1.27 cm first-line indent with 1.15 line spacing and ends with "./."', () => {
    const body = findParagraph(document, 'Thời gian bắt đầu:');
    expect(body).toMatch(/<w:ind [^>]*w:firstLine="720"/);
    expect(body).toMatch(/w:line="276" w:lineRule="auto"/);
    expect(paragraphText(findParagraph(document, 'Cuộc họp kết thúc vào'))).toBe('Cuộc họp kết thúc vào 16 giờ 30, ngày 05 tháng 7 năm 2024./.');
  });

  it('keeps the closing sentence with the signature row, widow control on (OOXML leaves it off when unset)', () => {
    const closing = findParagraph(document, 'Cuộc họp kết thúc vào');
    expect(closing).toContain('<w:keepNext/>');
    expect(paragraphs(document).filter((p) => paragraphText(p)).every((p) => p.includes('<w:widowControl/>'))).toBe(true);
    // The "Nơi nhận" list below the signatures: label and items kept with the next line, the "Lưu" line ends it.
    expect(findParagraph(document, 'Nơi nhận:')).toContain('<w:keepNext/>');
    expect(findParagraph(document, '- Lưu: VT, hồ sơ.')).not.toContain('<w:keepNext/>');
  });
});

describe('editor content in Word', () => {
  const rich: RichNode = {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'I. ĐÁNH GIÁ CHUNG' }] },
      {
        type: 'paragraph',
        attrs: { textAlign: 'center' },
        content: [
          { type: 'text', text: 'Đậm', marks: [{ type: 'bold' }] },
          { type: 'text', text: ' nghiêng', marks: [{ type: 'italic' }] },
          { type: 'hardBreak' },
          { type: 'text', text: 'gạch chân', marks: [{ type: 'underline' }] },
        ],
      },
      {
        type: 'orderedList',
        content: [
          { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Việc một' }] }, { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ý phụ' }] }] }] }] },
          { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Việc hai' }] }] },
        ],
      },
      { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Danh sách mới' }] }] }] },
      {
        type: 'table',
        content: [
          { type: 'tableRow', content: ['Đơn vị', 'Nhiệm vụ'].map((t) => ({ type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }] })) },
          { type: 'tableRow', content: ['Sở Tài chính', 'Bố trí kinh phí'].map((t) => ({ type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }] })) },
        ],
      },
    ],
  };

  it('writes headings, marks, breaks, Word numbering and real tables — no HTML', async () => {
    const { document, numbering } = await parts('state', 'minutes', { proceedings: rich });
    expectRun(document, 'I. ĐÁNH GIÁ CHUNG', { bold: true });
    const marked = findParagraph(document, 'Đậm');
    expect(marked).toContain('<w:jc w:val="center"/>');
    expect(marked).toMatch(/<w:br\/>/);
    expect(marked).toMatch(/<w:u w:val="single"\/>[\s\S]*gạch chân/);
    const numId = (text: string) => /<w:numPr><w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/.exec(findParagraph(document, text))?.slice(1);
    const [levelOne, listOne] = numId('Việc một')!;
    expect(levelOne).toBe('0');
    expect(numId('Việc hai')).toEqual(['0', listOne]);
    expect(numId('Ý phụ')?.[0]).toBe('1');
    // A second list restarts: it gets a numbering instance of its own.
    expect(numId('Danh sách mới')?.[1]).not.toBe(listOne);
    expect(numbering).toContain('w:val="decimal"');
    expect(numbering).toContain('<w:lvlText w:val="%1."/>');
    const table = tables(document).find((t) => t.includes('Sở Tài chính'))!;
    expect(table).toMatch(/<w:tblBorders>[\s\S]*w:val="single"/);
    expect(table).toContain('<w:tblHeader/>');
    expect(document).not.toMatch(/&lt;(p|table|b|strong)&gt;/);
  });
});
