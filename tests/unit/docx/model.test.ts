// The document model (stage one) for the Party seed meeting and a state Sở meeting, both kinds: header cells,
// number and date, title and summary, body, closing with end mark, signature block and recipients per regime.
import { describe, expect, it } from 'vitest';
import { blockText, buildDocumentModel, PARTY_PROFILE, type Block, type DocModel, type Paragraph } from '../../../shared/docx';
import { paragraphsToRich } from '../../../shared/editor/richText';
import { loadSource } from './sources';

/** All paragraphs of the model, tables included, in reading order. */
function allParagraphs(model: DocModel): Paragraph[] {
  const walk = (blocks: Block[]): Paragraph[] =>
    blocks.flatMap((b) => (b.type === 'paragraph' ? [b] : b.rows.flatMap((r) => r.cells.flatMap((c) => walk(c.blocks)))));
  return walk([model.header, ...model.title, ...model.content, model.signature, ...model.trailer]);
}
const byRole = (model: DocModel, role: Paragraph['role']) => allParagraphs(model).filter((p) => p.role === role);
const one = (model: DocModel, role: Paragraph['role']) => {
  const found = byRole(model, role);
  expect(found, role).toHaveLength(1);
  return found[0];
};
const text = (p: Paragraph) => blockText(p);
const cellTexts = (model: DocModel, row: number, column: number) =>
  model.header.rows[row].cells[column].blocks.map((b) => `${(b as Paragraph).role}:${blockText(b)}`);

describe('Party notice of the seed meeting (guide §5.4, §6)', () => {
  const model = buildDocumentModel('notice', loadSource('seed'));

  it('uses A4 with the Party margins in rounded twips', () => {
    expect(model.page).toEqual({ width: 11906, height: 16838, margins: { top: 1134, bottom: 1134, left: 1701, right: 850, header: 567, footer: 567 } });
  });

  it('builds the header table 85/80 mm with body name, asterisk, number, Party header, rule and date', () => {
    expect(model.header.columnWidths).toEqual([4819, 4535]);
    expect(model.header.borders).toBe(false);
    expect(cellTexts(model, 0, 0)).toEqual(['parent:TỈNH ỦY HẢI DƯƠNG', 'name:TIỂU BAN TUYÊN TRUYỀN VÀ PHỤC VỤ ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XVII', 'nameSeparator:*']);
    expect(cellTexts(model, 0, 1)).toEqual(['partyHeader:ĐẢNG CỘNG SẢN VIỆT NAM', 'headerRule:']);
    expect(cellTexts(model, 1, 0)).toEqual(['number:Số 05-TB/TBTT']);
    expect(cellTexts(model, 1, 1)).toEqual(['dateLine:Hải Dương, ngày 11 tháng 6 năm 2020']);
    expect(one(model, 'parent')).toMatchObject({ sizePt: 14, bold: false });
    expect(one(model, 'name')).toMatchObject({ sizePt: 14, bold: true });
    expect(one(model, 'partyHeader')).toMatchObject({ sizePt: 15, bold: true });
    expect(one(model, 'number')).toMatchObject({ sizePt: 14, bold: false, italic: false });
    expect(one(model, 'dateLine')).toMatchObject({ sizePt: 14, italic: true });
    // The rule under the Party header is drawn, about as long as the header (≈ 73 mm = 4139 twips).
    const rule = one(model, 'headerRule');
    expect(rule.border).toBe('bottom');
    const length = 4535 - rule.indent.left - rule.indent.right;
    expect(length).toBeGreaterThan(3900);
    expect(length).toBeLessThan(4400);
  });

  it('titles it THÔNG BÁO with a lower-case summary and "-----" under it', () => {
    expect(one(model, 'typeName')).toMatchObject({ sizePt: 16, bold: true });
    expect(text(one(model, 'typeName'))).toBe('THÔNG BÁO');
    const summary = one(model, 'summary');
    expect(summary).toMatchObject({ sizePt: 14, bold: true, align: 'center' });
    expect(text(summary)).toBe(
      'kết luận của đồng chí Nguyễn Quang Phúc, Phó Trưởng Tiểu ban Tuyên truyền và Phục vụ Đại hội Đảng bộ tỉnh lần thứ XVII tại buổi làm việc triển khai nhiệm vụ thời gian tới',
    );
    expect(text(one(model, 'summarySeparator'))).toBe('-----');
    expect(byRole(model, 'draftMark')).toHaveLength(0);
  });

  it('opens with when, who chaired, who attended and what was heard, then the conclusions and the closing', () => {
    const [opening, ...rest] = model.content as Paragraph[];
    expect(text(opening)).toMatch(/^Sáng ngày 11\/6\/2020, đồng chí Nguyễn Quang Phúc, Ủy viên Ban Thường vụ Tỉnh ủy, .* chủ trì buổi làm việc triển khai nhiệm vụ thời gian tới\./);
    expect(text(opening)).toContain('Tham dự có đại diện Ban Tuyên giáo Tỉnh ủy, Sở Thông tin và Truyền thông, Báo Hải Dương');
    expect(text(opening)).toMatch(/Sau khi nghe .*đánh giá kết quả đạt được trong thời gian qua; .* đồng chí Nguyễn Quang Phúc kết luận như sau:$/);
    expect(opening).toMatchObject({ align: 'justify', sizePt: 14, indent: { firstLine: 567 }, spacing: { before: 120, line: { rule: 'exact', value: 380 } } });
    expect(rest.filter((p) => p.role === 'body')).toHaveLength(4);
    const closing = one(model, 'closing');
    expect(text(closing)).toMatch(/thông báo để các cơ quan, đơn vị liên quan biết, thực hiện\.$/);
    expect(text(closing)).not.toContain('./.');
    expect(model.endMark).toBe('.');
  });

  it('puts "Nơi nhận" (14 underlined, items 12 ending ",") beside K/T TRƯỞNG TIỂU BAN / PHÓ TRƯỞNG TIỂU BAN', () => {
    expect(model.signature.columnWidths).toEqual([4210, 5145]);
    expect(model.signature.borders).toBe(false);
    expect(model.signature.rows[0].cantSplit).toBe(true);
    expect(one(model, 'recipientsLabel')).toMatchObject({ sizePt: 14, underline: true, bold: false, italic: false, align: 'left' });
    const items = byRole(model, 'recipient');
    expect(items.map(text)).toEqual([
      '- Thường trực Tỉnh ủy (để báo cáo),',
      '- Các đồng chí thành viên Tiểu ban,',
      '- Ban Tuyên giáo Tỉnh ủy,',
      '- Văn phòng Tỉnh ủy,',
      '- Sở Thông tin và Truyền thông,',
      '- Sở Văn hóa, Thể thao và Du lịch,',
      '- Báo Hải Dương,',
      '- Đài Phát thanh - Truyền hình tỉnh,',
      '- Lưu TBTT.',
    ]);
    expect(items.every((p) => p.sizePt === 12)).toBe(true);
    const right = model.signature.rows[0].cells[1].blocks as Paragraph[];
    expect(right.map((p) => p.role)).toEqual(['authority', 'signingTitle', 'signatureGap', 'signatureGap', 'signatureGap', 'signatureGap', 'signerName']);
    expect(text(one(model, 'authority'))).toBe('K/T TRƯỞNG TIỂU BAN');
    expect(one(model, 'authority')).toMatchObject({ sizePt: 14, bold: true });
    expect(text(one(model, 'signingTitle'))).toBe('PHÓ TRƯỞNG TIỂU BAN');
    expect(one(model, 'signingTitle')).toMatchObject({ sizePt: 14, bold: false });
    expect(text(one(model, 'signerName'))).toBe('Nguyễn Quang Phúc');
    expect(one(model, 'signerName')).toMatchObject({ sizePt: 14, bold: true });
  });

  it('holds only NFC text and survives JSON (the model is plain data)', () => {
    const all = allParagraphs(model).flatMap((p) => p.runs.map((r) => r.text));
    expect(all.every((t) => t === t.normalize('NFC'))).toBe(true);
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });
});

describe('Party minutes of the seed meeting (guide §2.3, §5.3)', () => {
  const model = buildDocumentModel('minutes', loadSource('seed'));

  it('titles BIÊN BẢN with the meeting name in lower case, and numbers it BB', () => {
    expect(text(one(model, 'typeName'))).toBe('BIÊN BẢN');
    expect(text(one(model, 'summary'))).toBe('buổi làm việc triển khai nhiệm vụ thời gian tới');
    expect(model.numberText).toBe('Số 05-BB/TBTT');
  });

  it('lists the HD 16 opening fields, attendance and proceedings in order', () => {
    const texts = (model.content as Paragraph[]).map(text);
    expect(texts.slice(0, 5)).toEqual([
      '- Thời gian: bắt đầu vào hồi 08 giờ 00, ngày 11 tháng 6 năm 2020.',
      '- Địa điểm: …………….',
      '- Nội dung: đánh giá kết quả đạt được trong thời gian qua; khó khăn, vấn đề phát sinh và đề xuất giải pháp; triển khai nhiệm vụ thời gian tới.',
      '- Người chủ trì: đồng chí Nguyễn Quang Phúc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy, Phó Trưởng Tiểu ban Tuyên truyền và Phục vụ Đại hội Đảng bộ tỉnh lần thứ XVII.',
      '- Người ghi biên bản: đồng chí ……………, Thư ký Tiểu ban.',
    ]);
    // HD 16 lists the documents used after the note-taker; the meeting data has none, so blanks are left to fill in.
    expect(texts[5]).toBe('- Tài liệu sử dụng trong hội nghị: …………….');
    expect(texts[6]).toBe('1. Thành phần buổi làm việc');
    expect(texts).toContain('- Có mặt: 6 đồng chí:');
    expect(texts).toContain('+ Đại diện Sở Văn hóa, Thể thao và Du lịch (Thành viên Tiểu ban);');
    expect(texts).toContain('2. Diễn biến buổi làm việc');
    expect(byRole(model, 'sectionLabel').every((p) => p.bold)).toBe(true);
    expect(texts.indexOf('2. Diễn biến buổi làm việc')).toBeLessThan(texts.findIndex((t) => t.startsWith('Tại buổi làm việc')));
  });

  it('closes with blanks for the unknown end time and the Party end mark, then the HD 16 signers', () => {
    expect(text(one(model, 'closing'))).toBe('Buổi làm việc kết thúc vào hồi … giờ …, ngày … tháng … năm ….');
    expect(byRole(model, 'signerLabel').map(text)).toEqual(['NGƯỜI GHI BIÊN BẢN', 'CHỦ TRÌ HỘI NGHỊ']);
    expect(byRole(model, 'signerName').map(text)).toEqual(['', 'Nguyễn Quang Phúc']);
    expect(model.trailer).toEqual([]);
  });
});

describe('state minutes of a Sở meeting (guide §1.4, §5.1)', () => {
  const model = buildDocumentModel('minutes', loadSource('state'));

  it('builds the 65/100 mm header: parent, name balanced on two lines with a short rule; national name, motto, rule', () => {
    expect(model.header.columnWidths).toEqual([3685, 5669]);
    expect(model.page.margins).toMatchObject({ top: 1134, bottom: 1134, left: 1701, right: 850 });
    expect(cellTexts(model, 0, 0)).toEqual(['parent:UBND TỈNH HẢI DƯƠNG', 'name:SỞ THÔNG TIN VÀ', 'name:TRUYỀN THÔNG', 'nameSeparator:']);
    expect(cellTexts(model, 0, 1)).toEqual(['nationalName:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'motto:Độc lập - Tự do - Hạnh phúc', 'headerRule:']);
    expect(one(model, 'parent')).toMatchObject({ sizePt: 13, bold: false });
    expect(byRole(model, 'name').every((p) => p.sizePt === 13 && p.bold)).toBe(true);
    expect(one(model, 'nationalName')).toMatchObject({ sizePt: 13, bold: true });
    expect(one(model, 'motto')).toMatchObject({ sizePt: 14, bold: true });
    expect(model.numberText).toBe('Số: 12/BB-STTTT');
    expect(one(model, 'number')).toMatchObject({ sizePt: 13 });
    expect(model.dateLine).toBe('Hải Dương, ngày 05 tháng 7 năm 2024');
    // Agency rule 1/3–1/2 of the name's longest line; motto rule as long as the motto (≈ 60 mm = 3402 twips).
    const [agencyRule, mottoRule] = [one(model, 'nameSeparator'), one(model, 'headerRule')];
    const agencyLength = 3685 - agencyRule.indent.left - agencyRule.indent.right;
    expect(agencyLength).toBeGreaterThan(700);
    expect(agencyLength).toBeLessThan(1700);
    const mottoLength = 5669 - mottoRule.indent.left - mottoRule.indent.right;
    expect(mottoLength).toBeGreaterThan(3200);
    expect(mottoLength).toBeLessThan(3600);
  });

  it('titles it with a capitalised summary and a drawn rule', () => {
    expect(text(one(model, 'summary'))).toBe('Cuộc họp giao ban triển khai chuyển đổi số quý III năm 2024');
    expect(one(model, 'typeName')).toMatchObject({ sizePt: 14, bold: true });
    expect(one(model, 'summarySeparator').border).toBe('bottom');
  });

  it('lists the ND30 fields with presence: substitutes with whom they replace, absentees with reasons', () => {
    const texts = (model.content as Paragraph[]).map(text);
    expect(texts.slice(0, 4)).toEqual([
      'Thời gian bắt đầu: 14 giờ 00, ngày 05 tháng 7 năm 2024.',
      'Địa điểm: Phòng họp tầng 3, Sở Thông tin và Truyền thông.',
      'Thành phần tham dự:',
      'Có mặt: 6 người, gồm:',
    ]);
    expect(texts).toContain('- Vũ Thị Mai, Phó Trưởng phòng Bưu chính, Viễn thông (thay ông Hoàng Văn Nam, Trưởng phòng, đi công tác);');
    expect(texts).toContain('- Đại diện Sở Văn hóa, Thể thao và Du lịch (Lãnh đạo).');
    expect(texts).toContain('Vắng mặt: 1 người:');
    expect(texts).toContain('- Ngô Thanh Hương, Chánh Thanh tra Sở (lý do: nghỉ phép).');
    expect(texts).toContain('Chủ trì (chủ tọa): Trần Văn Bình, Giám đốc Sở Thông tin và Truyền thông.');
    expect(texts).toContain('Thư ký (người ghi biên bản): Lê Thị Thu Hà, Chuyên viên Văn phòng Sở.');
    expect(texts).toContain('Nội dung (theo diễn biến cuộc họp):');
    expect(texts).toContain('Kết luận của chủ trì:');
    expect(texts.some((t) => t.startsWith('Tài liệu')), 'the ND30 form has no documents field').toBe(false);
    expect(text(one(model, 'closing'))).toBe('Cuộc họp kết thúc vào 16 giờ 30, ngày 05 tháng 7 năm 2024./.');
  });

  it('signs THƯ KÝ left and CHỦ TỌA right, with "Nơi nhận" (12 bold italic, items 11) below', () => {
    expect(byRole(model, 'signerLabel').map(text)).toEqual(['THƯ KÝ', 'CHỦ TỌA']);
    expect(byRole(model, 'signerLabel').every((p) => p.bold && p.sizePt === 14)).toBe(true);
    expect(byRole(model, 'signerName').map(text)).toEqual(['Lê Thị Thu Hà', 'Trần Văn Bình']);
    expect(model.trailer.map(blockText)).toEqual([
      'Nơi nhận:',
      '- Giám đốc, các Phó Giám đốc Sở;',
      '- Các phòng, đơn vị thuộc Sở;',
      '- Sở Văn hóa, Thể thao và Du lịch;',
      '- Lưu: VT, hồ sơ.',
    ]);
    expect(one(model, 'recipientsLabel')).toMatchObject({ sizePt: 12, bold: true, italic: true, underline: false });
    expect(byRole(model, 'recipient').every((p) => p.sizePt === 11)).toBe(true);
  });
});

describe('state notice of a Sở meeting (guide §1.5, §5.2)', () => {
  const model = buildDocumentModel('notice', loadSource('state'));

  it('summarises with a capital letter and closes with "./."', () => {
    expect(text(one(model, 'summary'))).toBe(
      'Kết luận của đồng chí Trần Văn Bình, Giám đốc Sở Thông tin và Truyền thông tại cuộc họp giao ban triển khai chuyển đổi số quý III năm 2024',
    );
    expect(model.numberText).toBe('Số: 12/TB-STTTT');
    expect(text((model.content as Paragraph[])[0])).toMatch(/^Chiều ngày 05\/7\/2024, tại Phòng họp tầng 3, Sở Thông tin và Truyền thông, đồng chí Trần Văn Bình/);
    expect(text(one(model, 'closing'))).toMatch(/biết, thực hiện\.\/\.$/);
    expect(one(model, 'closing').indent.firstLine).toBe(720);
  });

  it('signs without an authority line when the chair signs in person; the title is bold', () => {
    expect(byRole(model, 'authority')).toHaveLength(0);
    expect(one(model, 'signingTitle')).toMatchObject({ sizePt: 14, bold: true });
    expect(text(one(model, 'signingTitle'))).toBe('GIÁM ĐỐC');
    expect(byRole(model, 'recipient').map(text).at(-1)).toBe('- Lưu: VT, STTTT.');
    expect(byRole(model, 'recipient').slice(0, -1).every((p) => text(p).endsWith(';'))).toBe(true);
  });
});

describe('choices across regimes and inputs', () => {
  it('prints a state spelling of the seed chair authority when the organisation issues under ND30', () => {
    const seed = loadSource('seed');
    const model = buildDocumentModel('notice', { ...seed, organization: { ...seed.organization, regime: 'state' } });
    expect(text(one(model, 'authority'))).toBe('KT. TRƯỞNG TIỂU BAN');
    expect(model.numberText).toBe('Số: 05/TB-TBTT');
  });

  it('marks a draft and leaves its number blank even if one was given', () => {
    const model = buildDocumentModel('notice', loadSource('state', { draft: true }));
    expect(text(one(model, 'draftMark'))).toBe('DỰ THẢO');
    expect(one(model, 'draftMark').border).toBe('box');
    expect(model.numberText).toBe('Số:       /TB-STTTT');
    expect(buildDocumentModel('notice', loadSource('seed', { number: null })).numberText).toBe('Số       -TB/TBTT');
  });

  it('lists accepted action items grouped by lead unit when the conclusions hold no text', () => {
    const model = buildDocumentModel('notice', loadSource('seed', { conclusions: paragraphsToRich(['']) }));
    const items = byRole(model, 'listItem');
    expect(items.every((p) => p.list?.kind === 'ordered' && p.list.level === 0)).toBe(true);
    expect(items.map(text)).toEqual([
      'Các thành viên tiểu ban: Bám sát chức năng, nhiệm vụ đã được phân công, phối hợp chặt chẽ để chủ động chỉ đạo, điều hành, làm tốt nhiệm vụ của cơ quan, đơn vị.',
      'Ban Tuyên giáo Tỉnh ủy: Tiếp tục làm tốt công tác phối hợp thực hiện công tác tuyên truyền trên ấn phẩm của các cơ quan báo chí Trung ương; định hướng, hướng dẫn, đôn đốc thực hiện công tác tuyên truyền trên ấn phẩm của các cơ quan báo chí trong tỉnh, trên mạng xã hội và các hình thức tuyên truyền khác.',
      'Sở Thông tin và Truyền thông: Tăng cường nắm bắt, quản lý thông tin trên các mạng xã hội; phối hợp làm tốt công tác hoàn thiện hạ tầng kỹ thuật, cung cấp thông tin cho các cơ quan báo chí, bảo đảm việc tuyên truyền thông suốt, hiệu quả.',
      'Báo Hải Dương, Đài Phát thanh - Truyền hình tỉnh: Tiếp tục xây dựng các chuyên trang, chuyên mục, tăng cường thời lượng tuyên truyền về Đại hội Đảng bộ các cấp; chủ động xây dựng kế hoạch chi tiết, cụ thể tuyên truyền trước, trong và sau Đại hội Đảng bộ tỉnh lần thứ XVII.',
      'Sở Văn hóa, Thể Thao và Du lịch: Sớm hoàn thiện kế hoạch trang trí, tuyên truyền trực quan, tổ chức các triển lãm, trưng bày và các chương trình chào mừng đại hội.',
      'Văn phòng Tỉnh ủy: Tiếp tục phối hợp chặt chẽ để hoàn thiện cơ sở vật chất, các nguồn lực bảo đảm công tác hậu cần, an ninh, an toàn phục vụ đại hội (phối hợp: các thành viên khác trong tiểu ban).',
      'Các thành viên: Kịp thời trao đổi thông tin, phối hợp và báo cáo để giải quyết những vấn đề phát sinh, hoàn thành tốt nhiệm vụ được giao.',
    ]);
    expect(items[0].runs[0]).toMatchObject({ text: 'Các thành viên tiểu ban: ', bold: true });
  });

  it('writes dated deadlines of action items in the short date form', () => {
    const model = buildDocumentModel('notice', loadSource('state', { conclusions: { type: 'doc', content: [] } }));
    expect(text(byRole(model, 'listItem')[0])).toBe('Phòng Chuyển đổi số: Tham mưu Kế hoạch tập huấn kỹ năng số cho cán bộ cấp xã (phối hợp: Văn phòng Sở; thời hạn: 31/7/2024).');
  });

  it('refuses a profile of the other regime', () => {
    expect(() => buildDocumentModel('notice', loadSource('state'), PARTY_PROFILE)).toThrow(/regime/);
  });

  describe.each([
    { name: 'a Party meeting issued as state', source: 'seed', regime: 'state', authority: 'K/T TRƯỞNG TIỂU BAN', expected: 'KT. TRƯỞNG TIỂU BAN', foreign: ['K/T', 'T/M', 'T/L', 'ĐẢNG CỘNG SẢN'] },
    { name: 'a state meeting issued as Party', source: 'state', regime: 'party', authority: 'KT. GIÁM ĐỐC', expected: 'K/T GIÁM ĐỐC', foreign: ['KT.', 'TM.', 'TL.', './.', 'Số:', 'CỘNG HÒA', 'VT,'] },
  ] as const)('$name', ({ source, regime, authority, expected, foreign }) => {
    const base = loadSource(source);
    const issued = { ...base, organization: { ...base.organization, regime }, meeting: { ...base.meeting, chair: { ...base.meeting.chair, authority } } };

    it.each(['notice', 'minutes'] as const)('respells every regime form in the %s (guide §3, §7.8)', (kind) => {
      const model = buildDocumentModel(kind, issued);
      const all = allParagraphs(model).map(text).join('\n');
      for (const form of foreign) expect(all, form).not.toContain(form);
      if (kind === 'notice') expect(text(one(model, 'authority'))).toBe(expected);
    });
  });

  it('breaks a name that just overflows its column into two balanced lines, weighing bold capitals (guide §4)', () => {
    // 14 pt bold "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" is 86.3 mm: one line would not fit the Party's 85 mm column, and
    // Word would leave "THÔNG" alone on a second line.
    const state = loadSource('state');
    const model = buildDocumentModel('notice', { ...state, organization: { ...state.organization, regime: 'party' } });
    expect(byRole(model, 'name').map(text)).toEqual(['SỞ THÔNG TIN VÀ', 'TRUYỀN THÔNG']);
  });

  it('keeps the "Nơi nhận" list in one piece: every line but the last is kept with the next', () => {
    for (const model of [buildDocumentModel('minutes', loadSource('state')), buildDocumentModel('notice', loadSource('seed'))]) {
      const list = [one(model, 'recipientsLabel'), ...byRole(model, 'recipient')];
      expect(list.map((p) => p.keepNext)).toEqual([...list.slice(1).map(() => true), false]);
    }
  });

  it('keeps the closing sentence with the signature row that follows it', () => {
    for (const kind of ['minutes', 'notice'] as const) {
      const model = buildDocumentModel(kind, loadSource('state'));
      expect(model.content.at(-1)).toMatchObject({ role: 'closing', keepNext: true });
      expect(model.signature.rows.every((row) => row.cantSplit)).toBe(true);
    }
  });

  it('writes a header name on the lines the secretary broke it into', () => {
    const seed = loadSource('seed');
    const model = buildDocumentModel('notice', { ...seed, organization: { ...seed.organization, name: 'TIỂU BAN TUYÊN TRUYỀN VÀ\nPHỤC VỤ ĐẠI HỘI' } });
    expect(byRole(model, 'name').map(text)).toEqual(['TIỂU BAN TUYÊN TRUYỀN VÀ', 'PHỤC VỤ ĐẠI HỘI']);
  });
});
