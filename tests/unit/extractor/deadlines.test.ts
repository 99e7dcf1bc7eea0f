// Deadline parsing (shared/extractor/deadlines.ts): kinds, ISO days, specificity, non-deadlines.
import { describe, expect, it } from 'vitest';
import { findTimes, mostSpecific } from '../../../shared/extractor/deadlines';

// Early in 2017, so that every parsing example below lies ahead of the document (past days are not deadlines).
const best = (s: string, docDate: string | null = '2017-01-15') => {
  const t = mostSpecific(findTimes(s, 0, s.length, docDate));
  return t ? { text: s.slice(t.start, t.end), kind: t.kind, iso: t.iso } : null;
};

describe('deadlines', () => {
  it.each([
    ['nộp hồ sơ trước ngày 30/6/2020', 'trước ngày 30/6/2020', 'date', '2020-06-30'],
    ['gửi văn bản trước 14 giờ, ngày 05/12/2017', 'trước 14 giờ, ngày 05/12/2017', 'date', '2017-12-05'],
    ['hoàn thành chậm nhất ngày 20 tháng 10 năm 2022', 'chậm nhất ngày 20 tháng 10 năm 2022', 'date', '2022-10-20'],
    ['trình đề án trước ngày 15-8', 'trước ngày 15-8', 'date', '2017-08-15'],
    ['kiểm tra từ ngày 1/4 đến ngày 10/4/2021', 'từ ngày 1/4 đến ngày 10/4/2021', 'date', '2021-04-10'],
    ['tổ chức hội thi trong tháng 7/2023', 'trong tháng 7/2023', 'period', '2023-07-31'],
    ['tổng kết trong tháng 2', 'trong tháng 2', 'period', '2017-02-28'],
    ['rà soát trong quý III/2020', 'trong quý III/2020', 'period', '2020-09-30'],
    ['rà soát trong quý 4', 'trong quý 4', 'period', '2017-12-31'],
    ['đầu tư trong năm 2024', 'trong năm 2024', 'period', '2024-12-31'],
    ['triển khai trong những tháng cuối năm', 'trong những tháng cuối năm', 'period', '2017-12-31'],
    ['báo cáo trước ngày 20 hằng tháng', 'trước ngày 20 hằng tháng', 'recurring', null],
    ['báo cáo định kỳ hằng quý', 'định kỳ hằng quý', 'recurring', null],
    ['thường xuyên kiểm tra', 'thường xuyên', 'ongoing', null],
    ['sớm ban hành', 'sớm', 'asap', null],
    ['khẩn trương ban hành', 'khẩn trương', 'asap', null],
    ['triển khai ngay', 'ngay', 'asap', null],
    ['tuyên truyền trước, trong và sau Đại hội', 'trước, trong và sau Đại hội', 'event', null],
    ['chuẩn bị hàng hóa trước Tết Nguyên đán', 'trước Tết Nguyên đán', 'event', null],
    ['sửa trường lớp trước ngày khai giảng năm học mới', 'trước ngày khai giảng năm học mới', 'event', null],
    ['hoàn thành ngay sau khi có kết quả thẩm định', 'ngay sau khi có kết quả thẩm định', 'event', null],
    ['tổng kết giai đoạn 2020 - 2025 trong quý I/2026', 'trong quý I/2026', 'period', '2026-03-31'],
    ['hoàn thành dự án đến năm 2026', 'đến năm 2026', 'period', '2026-12-31'],
  ])('%s', (s, text, kind, iso) => {
    expect(best(s)).toEqual({ text, kind, iso });
  });

  it('takes a missing year from the document date, or leaves iso empty without one', () => {
    expect(best('nộp trước ngày 31/12', '2019-11-02')?.iso).toBe('2019-12-31');
    expect(best('nộp trước ngày 31/1', null)).toEqual({ text: 'trước ngày 31/1', kind: 'date', iso: null });
  });

  it('counts working days from the day after the document date', () => {
    // 2021-03-12 is a Friday: five working days end on Friday 2021-03-19.
    expect(best('báo cáo trong 5 ngày làm việc', '2021-03-12')).toEqual({ text: 'trong 5 ngày làm việc', kind: 'date', iso: '2021-03-19' });
  });

  it.each([
    ['trước ngày Quốc tế Thiếu nhi 1/6', '2017-06-01'],
    ['trước Ngày Nhà giáo Việt Nam 20/11', '2017-11-20'],
    ['nhân dịp Quốc khánh 2/9', '2017-09-02'],
    ['trước ngày khai giảng năm học mới 5/9', '2017-09-05'],
    ['trước dịp Tết Dương lịch 1/1/2018', '2018-01-01'],
    ['chậm nhất trước Ngày Thương binh - Liệt sĩ 27 tháng 7', '2017-07-27'],
  ])('an occasion written with its day is that day: "%s"', (expr, iso) => {
    expect(best(`tổ chức các hoạt động ${expr}`)).toEqual({ text: expr, kind: 'date', iso });
  });

  it('takes an occasion\'s day only from its own deadline word, and lower-case names only after "ngày" or "lễ"', () => {
    // The date further on keeps its own mark; "Ban Chấp hành" is whom the report goes to.
    expect(best('báo cáo trước Ban Chấp hành trước ngày 15/8')?.text).toBe('trước ngày 15/8');
    // "trước khi ký 15/8": not a named occasion, and "trước khi …" is an event of its own.
    expect(best('gửi lại trước khi ký 15/8')?.kind).toBe('event');
  });

  describe('a day or period that ended before the document date is not a deadline', () => {
    it.each([
      ['chưa hoàn thành việc kiểm kê trước ngày 31/3 theo Thông báo số 12/TB-UBND', '2023-04-18'],
      ['chậm giải ngân so với yêu cầu hoàn thành trong quý I/2023', '2023-04-18'],
      ['các hồ sơ đã hẹn trả trong tháng 3', '2023-04-18'],
      ['kế hoạch phải xong đến hết năm 2022', '2023-01-05'],
      ['nhân dịp Quốc khánh 2/9', '2023-10-01'],
    ])('"%s" (document of %s)', (s, docDate) => {
      expect(best(s, docDate)).toBeNull();
    });

    it('keeps a day on or after the document date, another expression in the clause, and everything without a document date', () => {
      expect(best('báo cáo trước ngày 18/4', '2023-04-18')?.iso).toBe('2023-04-18');
      expect(best('bổ sung hồ sơ đã hết hạn ngày 31/3, chậm nhất trước ngày 10/5', '2023-04-18')).toEqual({
        text: 'chậm nhất trước ngày 10/5', kind: 'date', iso: '2023-05-10',
      });
      expect(best('khắc phục tồn tại nêu trong tháng 3, khẩn trương báo cáo', '2023-04-18')?.kind).toBe('asap');
      expect(best('nộp trước ngày 31/3/2020', null)?.iso).toBe('2020-03-31');
    });

    it('does not let the part of a past expression stand in for it', () => {
      // "trước Lễ Quốc khánh 2/9" is past as a whole: the event "trước Lễ" inside it is no deadline either.
      expect(best('hoàn thành trước Lễ Quốc khánh 2/9', '2023-10-01')).toBeNull();
    });
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
    'sau khi nghe ý kiến các đại biểu, đồng chí kết luận',
    'sau khi thảo luận, hội nghị thống nhất',
    'phấn đấu đến năm 2030 tỷ lệ che phủ rừng đạt 45%',
    'bảo đảm đến hết năm 2026 đủ phòng học',
    'cắt giảm chi thường xuyên',
  ])('no deadline in "%s"', (s) => {
    expect(best(s)).toBeNull();
  });
});

describe('spans that a plan, a stage or a review covers are not deadlines', () => {
  it.each([
    'điều chỉnh Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050',
    'xây dựng chiến lược phát triển du lịch tầm nhìn năm 2045',
    'hoàn thiện đề án giai đoạn từ năm 2021 đến năm 2025',
    'triển khai chương trình thời kỳ 2026 - 2030',
    'sơ kết 03 năm thực hiện Nghị quyết số 07 đến hết năm 2024',
    'tổng kết công tác phòng, chống tham nhũng 5 năm',
    'báo cáo kết quả công tác cải cách hành chính đến hết tháng 10',
    'đánh giá kết quả thực hiện Chỉ thị đến hết quý III',
    'báo cáo tình hình giải ngân vốn đầu tư công tới hết tháng 11',
  ])('no deadline in "%s"', (s) => {
    expect(best(s)).toBeNull();
  });

  it.each([
    // The same verbs with their due time: "trước", right after the verb, or after a comma.
    ['sơ kết 03 năm thực hiện Nghị quyết số 07 trước ngày 15/12/2017', 'trước ngày 15/12/2017', 'date', '2017-12-15'],
    ['tổ chức sơ kết trong quý IV/2017', 'trong quý IV/2017', 'period', '2017-12-31'],
    ['báo cáo UBND tỉnh trước ngày 15/12/2017', 'trước ngày 15/12/2017', 'date', '2017-12-15'],
    ['đánh giá kết quả thực hiện, báo cáo Ban Thường vụ đến hết tháng 6', 'đến hết tháng 6', 'period', '2017-06-30'],
    ['hoàn thành dự án đến năm 2026', 'đến năm 2026', 'period', '2026-12-31'],
  ])('keeps a due time: "%s"', (s, text, kind, iso) => {
    expect(best(s)).toEqual({ text, kind, iso });
  });
});

describe('holidays and seasons', () => {
  it.each([
    ['bảo đảm an ninh trong suốt kỳ nghỉ lễ', 'trong suốt kỳ nghỉ lễ'],
    ['trực cấp cứu trong kỳ nghỉ Tết', 'trong kỳ nghỉ Tết'],
    ['kiểm tra hồ đập trong mùa mưa bão', 'trong mùa mưa bão'],
    ['gia cố đê điều trước mùa mưa lũ năm 2017', 'trước mùa mưa lũ năm 2017'],
    ['chăm lo cho hộ nghèo trước Tết Nguyên đán Ất Tỵ', 'trước Tết Nguyên đán Ất Tỵ'],
    ['bình ổn giá trước Tết Nguyên đán Giáp Thìn 2024', 'trước Tết Nguyên đán Giáp Thìn 2024'],
    ['phục vụ du khách trong dịp nghỉ lễ Quốc khánh', 'trong dịp nghỉ lễ Quốc khánh'],
  ])('"%s" is an event', (s, text) => {
    expect(best(s)).toEqual({ text, kind: 'event', iso: null });
  });

  it('a holiday written with its days is the last of them', () => {
    expect(best('bảo đảm an toàn giao thông trong dịp nghỉ lễ 30/4 - 1/5')).toEqual({
      text: 'trong dịp nghỉ lễ 30/4 - 1/5', kind: 'date', iso: '2017-05-01',
    });
    expect(best('bố trí lịch trực trước kỳ nghỉ lễ 2/9')).toEqual({ text: 'trước kỳ nghỉ lễ 2/9', kind: 'date', iso: '2017-09-02' });
  });

  it('a meeting or a school year is not a season: "trong" one of them dates nothing', () => {
    expect(best('tuyên truyền trong hội nghị')).toBeNull();
    expect(best('nâng cao chất lượng dạy học trong năm học')).toBeNull();
  });
});

describe('a "phấn đấu …" stretch is a target, not a deadline', () => {
  it.each([
    'phấn đấu trong năm 2019 hoàn thành đề án sắp xếp đơn vị hành chính',
    'phấn đấu đến cuối năm 2018 không còn nhà tạm trên địa bàn',
    'phấn đấu đến cuối năm thu hồi 70% số nợ đọng',
    'phấn đấu đến hết năm 2020 tỷ lệ hộ dùng nước sạch đạt 95%',
    'đẩy nhanh giải ngân, phấn đấu trước ngày 31/12/2017 giải ngân hết kế hoạch vốn',
  ])('%s', (s) => {
    expect(best(s)).toBeNull();
  });

  it('ends at its clause; without "phấn đấu" the same periods are due', () => {
    expect(best('phấn đấu đạt chuẩn nông thôn mới; báo cáo kết quả trước ngày 20/11')).toMatchObject({ kind: 'date', iso: '2017-11-20' });
    expect(best('hoàn thành đề án trong năm 2019')).toMatchObject({ kind: 'period', iso: '2019-12-31' });
    expect(best('thu hồi nợ đọng đến cuối năm')).toMatchObject({ kind: 'period', iso: '2017-12-31' });
  });
});

describe('recurring with "mỗi", a weekday or a count', () => {
  it.each([
    ['mỗi quý tổ chức ít nhất một buổi tiếp dân', 'mỗi quý'],
    ['kiểm tra kho vật tư mỗi tháng một lần', 'mỗi tháng một lần'],
    ['tổ chức diễn tập mỗi năm hai đợt', 'mỗi năm hai đợt'],
    ['họp giao ban vào ngày thứ Hai hằng tuần', 'vào ngày thứ Hai hằng tuần'],
    ['gửi số liệu trước 10 giờ thứ Năm hàng tuần', 'trước 10 giờ thứ Năm hàng tuần'],
    ['tổng hợp định kỳ hằng tuần', 'định kỳ hằng tuần'],
  ])('%s', (s, text) => {
    expect(best(s)).toEqual({ text, kind: 'recurring', iso: null });
  });

  it('"mỗi" before anything but a period is no recurrence', () => {
    expect(best('mỗi xã chọn một mô hình điểm')).toBeNull();
    expect(best('báo cáo mỗi khi có sự cố')).toBeNull();
  });
});

describe('"trước khi" a permission or a use is a condition, not a deadline', () => {
  it.each([
    'kiểm tra tàu thuyền trước khi cấp phép rời bến',
    'nghiệm thu hệ thống phòng cháy trước khi đưa vào sử dụng',
    'kiểm định thiết bị nâng trước khi đưa vào vận hành',
  ])('%s', (s) => {
    expect(best(s)).toBeNull();
  });

  it('an occasion stays an event, and so does "trước khi" without a check in the clause', () => {
    expect(best('kiểm tra cơ sở vật chất trước khi khai giảng')).toMatchObject({ text: 'trước khi khai giảng', kind: 'event' });
    expect(best('rà soát sĩ số học sinh trước khi kết thúc năm học')).toMatchObject({ text: 'trước khi kết thúc năm học', kind: 'event' });
    expect(best('hoàn thiện hồ sơ trước khi trình HĐND tỉnh')).toMatchObject({ kind: 'event' });
  });
});

describe('occasions named by a round, a sitting or a commemoration are events', () => {
  it.each([
    ['trang trí đường phố trong dịp kỷ niệm Ngày Thống nhất đất nước (30/4) và Ngày Quốc tế Lao động (1/5)', 'trong dịp kỷ niệm Ngày Thống nhất đất nước (30/4) và Ngày Quốc tế Lao động (1/5)'],
    ['treo cờ nhân dịp Quốc khánh (2/9)', 'nhân dịp Quốc khánh (2/9)'],
    ['khắc phục tồn tại, xong trước đợt thanh tra lần thứ hai của Thanh tra Chính phủ', 'trước đợt thanh tra lần thứ hai của Thanh tra Chính phủ'],
    ['hoàn thiện tờ trình trước kỳ họp thứ 12 HĐND huyện', 'trước kỳ họp thứ 12 HĐND huyện'],
    ['báo cáo tiến độ trước phiên họp thường kỳ tháng 8 của UBND huyện', 'trước phiên họp thường kỳ tháng 8 của UBND huyện'],
    ['chuẩn bị tài liệu trước đợt giám sát của Đoàn đại biểu Quốc hội tỉnh', 'trước đợt giám sát của Đoàn đại biểu Quốc hội tỉnh'],
  ])('"%s"', (s, text) => {
    expect(best(s)).toEqual({ text, kind: 'event', iso: null });
  });

  it('the month of a sitting is no period; bare days and a dated holiday keep their kinds', () => {
    expect(best('dự phiên họp thường kỳ tháng 8 của UBND huyện')).toBeNull();
    expect(best('tổ chức hội thi nhân dịp Quốc khánh 2/9')).toMatchObject({ kind: 'date', iso: '2017-09-02' });
    expect(best('báo cáo kết quả trong tháng 8, trước phiên họp thường kỳ')).toMatchObject({ kind: 'period', iso: '2017-08-31' });
  });
});

describe('the narrower period wins; a plan\'s horizon is part of its name', () => {
  it.each([
    ['xây dựng Quy hoạch phát triển du lịch đến năm 2035, trình HĐND tỉnh trong tháng 6 năm 2017', 'trong tháng 6 năm 2017', '2017-06-30'],
    ['hoàn thiện Chiến lược chuyển đổi số của tỉnh tới năm 2030, báo cáo trong quý II/2017', 'trong quý II/2017', '2017-06-30'],
    ['sửa đổi Chương trình hành động đến năm 2025 trong tháng 3', 'trong tháng 3', '2017-03-31'],
    ['trong năm 2017 hoàn thành, chậm nhất trong tháng 10/2017', 'chậm nhất trong tháng 10/2017', '2017-10-31'],
    ['trong 6 tháng đầu năm 2017 rà soát xong, báo cáo trong quý I/2017', 'trong quý I/2017', '2017-03-31'],
  ])('"%s"', (s, text, iso) => {
    expect(best(s)).toEqual({ text, kind: 'period', iso });
  });

  it('a horizon alone is no deadline; a period after a comma or for the work itself still is', () => {
    expect(best('xây dựng Đề án phát triển nguồn nhân lực đến năm 2030')).toBeNull();
    expect(best('lập kế hoạch kiểm tra, hoàn thành đến năm 2018')).toMatchObject({ kind: 'period', iso: '2018-12-31' });
    expect(best('Sở Kế hoạch và Đầu tư giải ngân hết vốn đến năm 2018')).toMatchObject({ kind: 'period', iso: '2018-12-31' });
  });
});
