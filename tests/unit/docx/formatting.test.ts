// Document numbers, date lines and signing prefixes per regime (guide §1.2, §2.2, §7.7, §7.8).
import { describe, expect, it } from 'vitest';
import { formatDateLine, formatDocumentNumber, formatShortDate, formatTimeAndDate, normalizeAuthority } from '../../../shared/docx';

describe('formatDocumentNumber', () => {
  it('writes the state form with a slash then a hyphen and a leading zero below 10', () => {
    expect(formatDocumentNumber('state', 'minutes', 5, 'STTTT')).toBe('05/BB-STTTT');
    expect(formatDocumentNumber('state', 'notice', 15, 'UBND')).toBe('15/TB-UBND');
  });
  it('writes the Party form with a hyphen then a slash', () => {
    expect(formatDocumentNumber('party', 'minutes', 5, 'TBTT')).toBe('05-BB/TBTT');
    expect(formatDocumentNumber('party', 'notice', 123, 'TU')).toBe('123-TB/TU');
  });
  it('leaves blanks for a draft without a number and refuses nonsense numbers', () => {
    expect(formatDocumentNumber('state', 'notice', null, 'UBND')).toBe('      /TB-UBND');
    expect(formatDocumentNumber('party', 'notice', null, 'TBTT')).toBe('      -TB/TBTT');
    expect(() => formatDocumentNumber('state', 'notice', 0, 'UBND')).toThrow();
    expect(() => formatDocumentNumber('state', 'notice', 2.5, 'UBND')).toThrow();
  });
});

describe('formatDateLine', () => {
  it('pads days 1–9 and months 1–2 only', () => {
    expect(formatDateLine('Hải Dương', '2020-06-11')).toBe('Hải Dương, ngày 11 tháng 6 năm 2020');
    expect(formatDateLine('Hà Nội', '2020-02-05')).toBe('Hà Nội, ngày 05 tháng 02 năm 2020');
    expect(formatDateLine('Hạ Long', '2018-12-01')).toBe('Hạ Long, ngày 01 tháng 12 năm 2018');
    expect(formatDateLine('Huế', '2021-01-31')).toBe('Huế, ngày 31 tháng 01 năm 2021');
    expect(formatDateLine('Huế', '2021-03-09')).toBe('Huế, ngày 09 tháng 3 năm 2021');
  });
  it('is NFC even when the place name arrives decomposed', () => {
    const decomposed = 'Hải Dương'.normalize('NFD');
    expect(formatDateLine(decomposed, '2020-06-11')).toBe('Hải Dương, ngày 11 tháng 6 năm 2020'.normalize('NFC'));
  });
  it('shapes short dates and times the same way, with blanks for an unknown end', () => {
    expect(formatShortDate('2020-06-11')).toBe('11/6/2020');
    expect(formatShortDate('2020-02-05')).toBe('05/02/2020');
    expect(formatTimeAndDate('2020-06-11T08:00')).toBe('08 giờ 00, ngày 11 tháng 6 năm 2020');
    expect(formatTimeAndDate(null)).toBe('… giờ …, ngày … tháng … năm …');
  });
});

describe('normalizeAuthority', () => {
  it('spells each prefix per regime', () => {
    expect(normalizeAuthority('state', 'K/T TRƯỞNG TIỂU BAN')).toBe('KT. TRƯỞNG TIỂU BAN');
    expect(normalizeAuthority('party', 'KT. TRƯỞNG TIỂU BAN')).toBe('K/T TRƯỞNG TIỂU BAN');
    expect(normalizeAuthority('party', 'TM. Ban Thường vụ')).toBe('T/M BAN THƯỜNG VỤ');
    expect(normalizeAuthority('state', 't/m ủy ban nhân dân')).toBe('TM. ỦY BAN NHÂN DÂN');
    expect(normalizeAuthority('state', 'T/L CHỦ TỊCH')).toBe('TL. CHỦ TỊCH');
    expect(normalizeAuthority('party', 'TL. BAN THƯỜNG VỤ')).toBe('T/L BAN THƯỜNG VỤ');
    expect(normalizeAuthority('state', 'TUQ. GIÁM ĐỐC')).toBe('TUQ. GIÁM ĐỐC');
    expect(normalizeAuthority('state', 'Q. CHÁNH VĂN PHÒNG')).toBe('Q. CHÁNH VĂN PHÒNG');
    expect(normalizeAuthority('state', 'KT CHÁNH VĂN PHÒNG')).toBe('KT. CHÁNH VĂN PHÒNG');
  });
  it('keeps text without a prefix, and a prefix the regime has no form for', () => {
    expect(normalizeAuthority('state', 'GIÁM ĐỐC')).toBe('GIÁM ĐỐC');
    expect(normalizeAuthority('state', 'TRƯỞNG BAN')).toBe('TRƯỞNG BAN');
    expect(normalizeAuthority('party', 'TUQ. GIÁM ĐỐC')).toBe('TUQ. GIÁM ĐỐC');
  });
});
