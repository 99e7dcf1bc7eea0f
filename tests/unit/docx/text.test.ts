// The printed-width estimate that sizes drawn rules and decides header-name breaks, against the widths the guide
// measured from Liberation Serif (§4), regular and bold, plus the Vietnamese horn letters.
import { describe, expect, it } from 'vitest';
import { estimateWidthMm } from '../../../shared/docx/text';

describe('estimateWidthMm', () => {
  it.each([
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 13, true, 95.7],
    ['Độc lập - Tự do - Hạnh phúc', 14, true, 60.2],
    ['ĐẢNG CỘNG SẢN VIỆT NAM', 15, true, 72.9],
    ['ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG', 13, false, 82.0],
    ['UBND TỈNH HẢI DƯƠNG', 13, false, 52.1],
    ['TIỂU BAN TUYÊN TRUYỀN VÀ PHỤC VỤ', 14, true, 96.3],
    ['ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XVII', 14, true, 93.7],
  ] as const)('measures "%s" at %d pt (bold %s) within 1.5 %% of %d mm', (text, sizePt, bold, measured) => {
    expect(Math.abs(estimateWidthMm(text, sizePt, bold) - measured) / measured).toBeLessThan(0.015);
  });

  it('makes bold capitals wider than regular ones, and horn letters wider than their base', () => {
    expect(estimateWidthMm('SỞ THÔNG TIN VÀ TRUYỀN THÔNG', 14, true)).toBeGreaterThan(85);
    expect(estimateWidthMm('SỞ THÔNG TIN VÀ TRUYỀN THÔNG', 14, false)).toBeLessThan(85);
    expect(estimateWidthMm('Ư', 14)).toBeGreaterThan(estimateWidthMm('U', 14));
    expect(estimateWidthMm('ơ', 14, true)).toBeGreaterThan(estimateWidthMm('o', 14, true));
  });

  it('reads decomposed input the same as precomposed', () => {
    const text = 'Hải Dương, ngày 11 tháng 6 năm 2020';
    expect(estimateWidthMm(text.normalize('NFD'), 14)).toBe(estimateWidthMm(text, 14));
  });
});
