// Deadline parsing (shared/extractor/deadlines.ts): kinds, ISO days, specificity, non-deadlines.
import { describe, expect, it } from 'vitest';
import { findTimes, mostSpecific } from '../../../shared/extractor/deadlines';

const best = (s: string, docDate: string | null = '2021-03-15') => {
  const t = mostSpecific(findTimes(s, 0, s.length, docDate));
  return t ? { text: s.slice(t.start, t.end), kind: t.kind, iso: t.iso } : null;
};

describe('deadlines', () => {
  it.each([
    ['nộp hồ sơ trước ngày 30/6/2020', 'trước ngày 30/6/2020', 'date', '2020-06-30'],
    ['gửi văn bản trước 14 giờ, ngày 05/12/2017', 'trước 14 giờ, ngày 05/12/2017', 'date', '2017-12-05'],
    ['hoàn thành chậm nhất ngày 20 tháng 10 năm 2022', 'chậm nhất ngày 20 tháng 10 năm 2022', 'date', '2022-10-20'],
    ['trình đề án trước ngày 15-8', 'trước ngày 15-8', 'date', '2021-08-15'],
    ['kiểm tra từ ngày 1/4 đến ngày 10/4/2021', 'từ ngày 1/4 đến ngày 10/4/2021', 'date', '2021-04-10'],
    ['tổ chức hội thi trong tháng 7/2023', 'trong tháng 7/2023', 'period', '2023-07-31'],
    ['tổng kết trong tháng 2', 'trong tháng 2', 'period', '2021-02-28'],
    ['rà soát trong quý III/2020', 'trong quý III/2020', 'period', '2020-09-30'],
    ['rà soát trong quý 4', 'trong quý 4', 'period', '2021-12-31'],
    ['đầu tư trong năm 2024', 'trong năm 2024', 'period', '2024-12-31'],
    ['triển khai trong những tháng cuối năm', 'trong những tháng cuối năm', 'period', '2021-12-31'],
    ['báo cáo trước ngày 20 hằng tháng', 'trước ngày 20 hằng tháng', 'recurring', null],
    ['báo cáo định kỳ hằng quý', 'định kỳ hằng quý', 'recurring', null],
    ['thường xuyên kiểm tra', 'thường xuyên', 'ongoing', null],
    ['sớm ban hành', 'sớm', 'asap', null],
    ['khẩn trương ban hành', 'khẩn trương', 'asap', null],
    ['triển khai ngay', 'ngay', 'asap', null],
    ['tuyên truyền trước, trong và sau Đại hội', 'trước, trong và sau Đại hội', 'event', null],
    ['chuẩn bị hàng hóa trước Tết Nguyên đán', 'trước Tết Nguyên đán', 'event', null],
  ])('%s', (s, text, kind, iso) => {
    expect(best(s)).toEqual({ text, kind, iso });
  });

  it('takes a missing year from the document date, or leaves iso empty without one', () => {
    expect(best('nộp trước ngày 31/1', '2019-11-02')?.iso).toBe('2019-01-31');
    expect(best('nộp trước ngày 31/1', null)).toEqual({ text: 'trước ngày 31/1', kind: 'date', iso: null });
  });

  it('counts working days from the day after the document date', () => {
    // 2021-03-12 is a Friday: five working days end on Friday 2021-03-19.
    expect(best('báo cáo trong 5 ngày làm việc', '2021-03-12')).toEqual({ text: 'trong 5 ngày làm việc', kind: 'date', iso: '2021-03-19' });
  });

  it('prefers a date over an event over asap', () => {
    expect(best('khẩn trương chuẩn bị trước Tết, xong trước ngày 20/1/2022')?.kind).toBe('date');
    expect(best('khẩn trương chuẩn bị trước Tết')?.kind).toBe('event');
  });

  it.each([
    'kịp thời xử lý vướng mắc',
    'trong thời gian tới tập trung chỉ đạo',
    'bảo đảm đúng tiến độ',
    'phấn đấu hoàn thành chỉ tiêu năm 2025',
    'chủ động trước dự báo tình hình khô hạn trong năm 2019',
    'thực hiện Công văn số 12/UBND ngày 18/8/2020',
    'xử lý vi phạm ngay tại bến',
    'tổ chức giao ban ngày 3/10',
  ])('no deadline in "%s"', (s) => {
    expect(best(s)).toBeNull();
  });
});
