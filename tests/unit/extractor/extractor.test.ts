// The extractor's public behaviour (shared/extractor/index.ts): parties, roles, items per task, deadlines,
// lists and headings, follow-up sentences, messy input. Examples are written for these tests.
import { describe, expect, it } from 'vitest';
import { extractActionItems, type ExtractOptions } from '../../../shared/extractor';

const opts: ExtractOptions = { docDate: '2021-05-10' };
const run = (text: string, o: ExtractOptions = opts) => extractActionItems(text, o);
const brief = (text: string, o: ExtractOptions = opts) =>
  run(text, o).map((i) => ({ lead: i.lead, support: i.support, task: i.task, kind: i.deadline.kind, iso: i.deadline.iso }));

describe('parties', () => {
  it.each([
    ['Sở Thông tin và Truyền thông tăng cường quản lý mạng xã hội.', ['Sở Thông tin và Truyền thông']],
    ['Đề nghị Giám đốc Công an tỉnh chỉ đạo tuần tra ban đêm.', ['Giám đốc Công an tỉnh']],
    ['Giao đồng chí Phó Chủ tịch UBND tỉnh theo dõi dự án.', ['đồng chí Phó Chủ tịch UBND tỉnh']],
    ['Yêu cầu các sở, ban, ngành rà soát thủ tục.', ['các sở, ban, ngành']],
    ['Yêu cầu UBND các huyện, thị xã, thành phố rà soát thủ tục.', ['UBND các huyện, thị xã, thành phố']],
    ['Đề nghị các thành viên tiểu ban nắm chắc nhiệm vụ.', ['các thành viên tiểu ban']],
    ['Sở Văn hóa, Thể thao và Du lịch tổ chức lễ hội an toàn.', ['Sở Văn hóa, Thể thao và Du lịch']],
    ['Sở Lao động - Thương binh và Xã hội chi trả trợ cấp.', ['Sở Lao động - Thương binh và Xã hội']],
    ['Đài Phát thanh - Truyền hình tỉnh mở chuyên mục mới.', ['Đài Phát thanh - Truyền hình tỉnh']],
    ['Sở VH-TT&DL kiểm tra các di tích.', ['Sở VH-TT&DL']],
    ['Các Bộ KH&ĐT, Tài chính thẩm định nguồn vốn.', ['Các Bộ KH&ĐT, Tài chính']],
    ['Sở nông nghiệp và phát triển nông thôn hướng dẫn nông dân.', ['Sở nông nghiệp và phát triển nông thôn']],
    ['Yêu cầu ban soạn thảo hoàn chỉnh dự thảo.', ['ban soạn thảo']],
    ['Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tăng cường giám sát.', ['Ủy ban MTTQ Việt Nam tỉnh', 'các tổ chức chính trị - xã hội']],
  ])('%s', (text, lead) => {
    expect(run(text).map((i) => i.lead)).toEqual([lead]);
  });

  it('splits coordinated bodies that each have their own head', () => {
    expect(run('Ban Tổ chức Tỉnh ủy, Văn phòng Tỉnh ủy và Công an tỉnh chuẩn bị nhân sự.')[0].lead).toEqual([
      'Ban Tổ chức Tỉnh ủy',
      'Văn phòng Tỉnh ủy',
      'Công an tỉnh',
    ]);
    expect(run('Các phòng chuyên môn và các xã rà soát hồ sơ.')[0].lead).toEqual(['Các phòng chuyên môn', 'các xã']);
  });

  it('recognises unseen names from the directory and by shape', () => {
    const directory = [{ name: 'Ban Quản lý các khu công nghiệp', shortName: 'BQL KCN' }];
    expect(run('Ban Quản lý các khu công nghiệp đôn đốc nhà đầu tư.', { docDate: null, directory })[0].lead).toEqual(['Ban Quản lý các khu công nghiệp']);
    expect(run('Trung tâm Kiểm soát bệnh tật tỉnh xét nghiệm mẫu.')[0].lead).toEqual(['Trung tâm Kiểm soát bệnh tật tỉnh']);
  });

  it('does not take the speaker or a reported subject as an addressee', () => {
    expect(run('Hội nghị nhất trí thông qua kế hoạch. Thường trực HĐND đánh giá cao các ngành.')).toEqual([]);
    expect(run('Văn phòng UBND tỉnh thông báo để các cơ quan biết, thực hiện.')).toEqual([]);
    expect(run('Sở Y tế đã hoàn thành việc tiêm chủng.')).toEqual([]);
  });
});

describe('roles', () => {
  it('X chủ trì, phối hợp với Y …: lead X, support Y, formula cut from the task', () => {
    expect(brief('Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ, UBND các huyện và các đơn vị liên quan xây dựng phương án.')).toEqual([
      { lead: ['Sở Tài chính'], support: ['Sở Nội vụ', 'UBND các huyện', 'các đơn vị liên quan'], task: 'xây dựng phương án', kind: 'none', iso: null },
    ]);
  });

  it('X cùng Y …, X phối hợp với Y …, với sự tham gia của Y', () => {
    expect(brief('Văn phòng Tỉnh ủy cùng Công an tỉnh bảo đảm an ninh hội trường.')[0]).toMatchObject({ lead: ['Văn phòng Tỉnh ủy'], support: ['Công an tỉnh'], task: 'bảo đảm an ninh hội trường' });
    expect(brief('Sở Công Thương phối hợp với các địa phương bình ổn giá.')[0]).toMatchObject({ support: ['các địa phương'], task: 'bình ổn giá' });
    expect(brief('Giao Sở Nội vụ với sự tham gia của Sở Tư pháp rà soát thủ tục.')[0]).toMatchObject({ lead: ['Sở Nội vụ'], support: ['Sở Tư pháp'] });
  });

  it('keeps "phối hợp với Y" in the task when it is the main verb; support carries to later ";" clauses', () => {
    const items = brief('Sở Y tế chủ động phối hợp với Bộ Y tế, thống nhất phương án; báo cáo UBND tỉnh.');
    expect(items.map((i) => [i.task, i.support])).toEqual([
      ['chủ động phối hợp với Bộ Y tế, thống nhất phương án', ['Bộ Y tế']],
      ['báo cáo UBND tỉnh', ['Bộ Y tế']],
    ]);
  });

  it('traps: "cùng với" + verb, "Cùng với đó", "liên hệ với", support of someone directed', () => {
    expect(brief('Đề nghị UBND tỉnh cùng với tăng cường kiểm tra, cần xử lý nghiêm vi phạm.')[0]).toMatchObject({ support: [], task: 'cùng với tăng cường kiểm tra, cần xử lý nghiêm vi phạm' });
    expect(brief('Sở Du lịch quảng bá sản phẩm. Cùng với đó, rà soát cơ sở lưu trú.')[1]).toMatchObject({ lead: ['Sở Du lịch'], support: [] });
    expect(brief('Sở Ngoại vụ liên hệ với Đại sứ quán để bố trí lịch làm việc.')[0].support).toEqual([]);
    expect(brief('Công an tỉnh chỉ đạo Công an các huyện phối hợp với lực lượng kiểm lâm truy quét.')[0].support).toEqual([]);
  });
});

describe('items', () => {
  it('one item per ";" clause, none for a ";" that only separates objects', () => {
    expect(brief('Sở Nội vụ rà soát biên chế; tham mưu sắp xếp bộ máy.').map((i) => i.task)).toEqual(['rà soát biên chế', 'tham mưu sắp xếp bộ máy']);
    expect(brief('Sở Nông nghiệp chỉ đạo phòng, chống dịch bệnh gia súc; phòng, chống cháy rừng.').map((i) => i.task)).toEqual([
      'chỉ đạo phòng, chống dịch bệnh gia súc; phòng, chống cháy rừng',
    ]);
  });

  it('gives a ";" clause with its own subject its own lead', () => {
    expect(brief('Yêu cầu: Ban Dân vận Tỉnh ủy nắm tình hình dư luận; Công an tỉnh bảo đảm trật tự.').map((i) => i.lead)).toEqual([
      ['Ban Dân vận Tỉnh ủy'],
      ['Công an tỉnh'],
    ]);
  });

  it('continues the last addressee in subject-less follow-up sentences of the same paragraph', () => {
    const items = brief('Đề nghị Sở Xây dựng kiểm tra các công trình. Đồng thời, xử lý dứt điểm vi phạm. Hướng dẫn chủ đầu tư hoàn thiện hồ sơ.\nCông tác này rất quan trọng.');
    expect(items.map((i) => [i.lead, i.task])).toEqual([
      [['Sở Xây dựng'], 'kiểm tra các công trình'],
      [['Sở Xây dựng'], 'Đồng thời, xử lý dứt điểm vi phạm'],
      [['Sở Xây dựng'], 'Hướng dẫn chủ đầu tư hoàn thiện hồ sơ'],
    ]);
  });

  it('section headings "Đối với X:" assign the entries under them', () => {
    const items = brief('1. Đối với Sở Y tế:\n- Tăng cường kiểm tra an toàn thực phẩm.\n- Chuẩn bị đủ thuốc.\n2. Đối với Công an tỉnh:\nBảo đảm an ninh trật tự.');
    expect(items.map((i) => [i.lead, i.task])).toEqual([
      [['Sở Y tế'], 'Tăng cường kiểm tra an toàn thực phẩm'],
      [['Sở Y tế'], 'Chuẩn bị đủ thuốc'],
      [['Công an tỉnh'], 'Bảo đảm an ninh trật tự'],
    ]);
  });

  it('"Đối với X, …" inside a paragraph names the addressee', () => {
    expect(brief('Đối với các cơ quan báo chí, tăng cường đưa tin về hội nghị.')[0]).toMatchObject({ lead: ['các cơ quan báo chí'], task: 'tăng cường đưa tin về hội nghị' });
  });

  it('a lead-in gives its addressee and time frame to the entries, unless an entry has its own', () => {
    const items = brief('Đề nghị các cơ quan, đơn vị thực hiện tốt các nội dung sau trong tháng 11/2021:\n- Rà soát hồ sơ tồn đọng.\n- Ban Quản lý dự án hoàn thành quyết toán trước ngày 15/12/2021.\n– Khẩn trương giải ngân vốn.');
    expect(items).toEqual([
      { lead: ['các cơ quan, đơn vị'], support: [], task: 'Rà soát hồ sơ tồn đọng', kind: 'period', iso: '2021-11-30' },
      { lead: ['Ban Quản lý dự án'], support: [], task: 'hoàn thành quyết toán trước ngày 15/12/2021', kind: 'date', iso: '2021-12-15' },
      { lead: ['các cơ quan, đơn vị'], support: [], task: 'Khẩn trương giải ngân vốn', kind: 'asap', iso: null },
    ]);
  });

  it('a sentence that only dates the previous task merges into it', () => {
    expect(brief('Giao Sở Tư pháp thẩm định dự thảo. Thời hạn hoàn thành trước ngày 30/5.')).toEqual([
      { lead: ['Sở Tư pháp'], support: [], task: 'thẩm định dự thảo', kind: 'date', iso: '2021-05-30' },
    ]);
  });

  it('an opening time adverbial reaches every clause of its sentence, not the next sentence', () => {
    const items = brief('Từ nay đến ngày 30/9/2021, Công an tỉnh tuần tra; kiểm soát tải trọng xe. Sở Giao thông vận tải sửa biển báo.');
    expect(items.map((i) => i.iso)).toEqual(['2021-09-30', '2021-09-30', null]);
  });

  it('does not treat "kịp thời", "thời gian tới", "đúng tiến độ" or target years as deadlines', () => {
    const items = brief('Đề nghị thời gian tới Sở Kế hoạch và Đầu tư kịp thời tháo gỡ vướng mắc, bảo đảm đúng tiến độ, phấn đấu hoàn thành chỉ tiêu năm 2021.');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ lead: ['Sở Kế hoạch và Đầu tư'], kind: 'none' });
  });
});

describe('input hygiene', () => {
  const pasted = 'Kết luận, đồng chí Chủ tịch UBND tỉnh yêu cầu:\r\n•\tSở Văn\u00a0hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Tài\u00adchính hoàn thành “kế hoạch” trước ngày 30/6.\r\n– Các sở,  ban, ngành sớm gửi báo cáo "tiến độ".';

  it('gives the same items for NFC and NFD input, with spans into the NFC text', () => {
    const nfc = run(pasted);
    const nfd = run(pasted.normalize('NFD'));
    expect(nfd).toEqual(nfc);
    expect(nfc).toHaveLength(2);
    const text = pasted.normalize('NFC');
    for (const item of nfc) {
      expect(text.slice(item.span.start, item.span.end)).toContain(item.task);
      for (const name of [...item.lead, ...item.support]) expect(text).toContain(name);
      expect(item.confidence).toBeGreaterThan(0);
      expect(item.confidence).toBeLessThanOrEqual(1);
    }
    expect(nfc[0]).toMatchObject({ lead: ['Sở Văn\u00a0hóa, Thể thao và Du lịch'], support: ['Sở Tài\u00adchính'], deadline: { kind: 'date', iso: '2021-06-30' } });
    expect(nfc[1]).toMatchObject({ task: 'sớm gửi báo cáo "tiến độ"', deadline: { kind: 'asap' } });
  });

  it('returns nothing for empty or addressee-free text', () => {
    expect(run('')).toEqual([]);
    expect(run('Hội nghị diễn ra thành công tốt đẹp.')).toEqual([]);
  });
});

describe('founding example', () => {
  const seed =
    'Phát biểu kết luận buổi làm việc, đồng chí Nguyễn Quang Phúc đề nghị thời gian tới các thành viên tiểu ban bám sát chức năng, nhiệm vụ đã được phân công, phối hợp chặt chẽ để chủ động chỉ đạo, điều hành, làm tốt nhiệm vụ của cơ quan, đơn vị. Ban Tuyên giáo Tỉnh ủy tiếp tục làm tốt công tác phối hợp thực hiện công tác tuyên truyền trên ấn phẩm của các cơ quan báo chí Trung ương; định hướng, hướng dẫn, đôn đốc thực hiện công tác tuyên truyền trên ấn phẩm của các cơ quan báo chí trong tỉnh, trên mạng xã hội và các hình thức tuyên truyền khác. Sở Thông tin và Truyền thông tăng cường nắm bắt, quản lý thông tin trên các mạng xã hội; phối hợp làm tốt công tác hoàn thiện hạ tầng kỹ thuật, cung cấp thông tin cho các cơ quan báo chí, bảo đảm việc tuyên truyền thông suốt, hiệu quả. Báo Hải Dương, Đài Phát thanh - Truyền hình tỉnh tiếp tục xây dựng các chuyên trang, chuyên mục, tăng cường thời lượng tuyên truyền về Đại hội Đảng bộ các cấp; chủ động xây dựng kế hoạch chi tiết, cụ thể tuyên truyền trước, trong và sau Đại hội Đảng bộ tỉnh lần thứ XVII. Sở Văn hóa, Thể Thao và Du lịch sớm hoàn thiện kế hoạch trang trí, tuyên truyền trực quan, tổ chức các triển lãm, trưng bày và các chương trình chào mừng đại hội. Văn phòng Tỉnh ủy cùng các thành viên khác trong tiểu ban tiếp tục phối hợp chặt chẽ để hoàn thiện cơ sở vật chất, các nguồn lực bảo đảm công tác hậu cần, an ninh, an toàn phục vụ đại hội... Trong quá trình thực hiện nhiệm vụ, các thành viên kịp thời trao đổi thông tin, phối hợp và báo cáo để giải quyết những vấn đề phát sinh, hoàn thành tốt nhiệm vụ được giao.';

  it('finds 10 items across 6 lead groups with one support, one event and one asap', () => {
    const items = run(seed, { docDate: '2020-06-11' });
    expect(items).toHaveLength(10);
    // "các thành viên" (the last sentence) is the same group as "các thành viên tiểu ban" (the first).
    const groups: string[] = [];
    for (const key of items.map((i) => i.lead.join(' | ').toLowerCase())) {
      if (!groups.some((g) => g.includes(key) || key.includes(g))) groups.push(key);
    }
    expect(groups).toHaveLength(6);
    expect(items.filter((i) => i.support.length).map((i) => i.support)).toEqual([['các thành viên khác trong tiểu ban']]);
    expect(items.filter((i) => i.deadline.kind === 'event').map((i) => i.deadline.text)).toEqual(['trước, trong và sau Đại hội Đảng bộ tỉnh lần thứ XVII']);
    expect(items.filter((i) => i.deadline.kind === 'asap').map((i) => i.lead)).toEqual([['Sở Văn hóa, Thể Thao và Du lịch']]);
    expect(items.filter((i) => i.deadline.kind === 'none')).toHaveLength(8);
    expect(items[5].lead).toEqual(['Báo Hải Dương', 'Đài Phát thanh - Truyền hình tỉnh']);
  });
});

describe('name shapes', () => {
  it('a name runs over its lower-case object up to a place word when a directive follows ("Ban Quản lý dự án … huyện")', () => {
    expect(run('Ban Quản lý dự án đầu tư xây dựng công trình dân dụng huyện khẩn trương nghiệm thu cầu Đá Bạc.')[0]).toMatchObject({
      lead: ['Ban Quản lý dự án đầu tư xây dựng công trình dân dụng huyện'],
      task: 'khẩn trương nghiệm thu cầu Đá Bạc',
    });
    expect(run('Ban Quản lý các cụm công nghiệp huyện rà soát quỹ đất sạch.')[0].lead).toEqual(['Ban Quản lý các cụm công nghiệp huyện']);
    expect(run('Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Hà Tĩnh bàn giao mặt bằng.')[0].lead).toEqual([
      'Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Hà Tĩnh',
    ]);
  });

  it('a place word ends a name: lower-case words after it start the predicate, unless a short qualifier then a verb', () => {
    expect(run('UBND các huyện ven biển rà soát các hộ dân sống ở vùng sạt lở.')[0].lead).toEqual(['UBND các huyện ven biển']);
    expect(brief('Văn phòng Huyện ủy cùng Phòng Văn hóa huyện dàn dựng tiết mục, trang trí hội trường.')[0]).toMatchObject({
      lead: ['Văn phòng Huyện ủy'],
      support: ['Phòng Văn hóa huyện'],
      task: 'dàn dựng tiết mục, trang trí hội trường',
    });
  });

  it('a field inside a name is part of it, "và" included', () => {
    expect(run('Trung tâm Dịch vụ nông nghiệp và phát triển nông thôn huyện hướng dẫn bà con gieo cấy.')[0].lead).toEqual([
      'Trung tâm Dịch vụ nông nghiệp và phát triển nông thôn huyện',
    ]);
  });

  it('a bare member of a group takes the modifiers after it ("…, thị xã trực thuộc Thành phố")', () => {
    expect(run('Yêu cầu Ủy ban nhân dân các quận, thị xã trực thuộc Thành phố rà soát quỹ nhà.')[0]).toMatchObject({
      lead: ['Ủy ban nhân dân các quận, thị xã trực thuộc Thành phố'],
      task: 'rà soát quỹ nhà',
    });
  });

  it.each([
    ['Công chức Tư pháp - Hộ tịch xã niêm yết công khai danh sách.', ['Công chức Tư pháp - Hộ tịch xã']],
    ['Trưởng các ấp, khóm vận động người dân tiêm chủng.', ['Trưởng các ấp, khóm']],
    ['Các chi, đảng bộ trực thuộc hoàn thành việc thu đảng phí.', ['Các chi, đảng bộ trực thuộc']],
  ])('knows civil servants, village heads and the "chi, đảng bộ" collective: %s', (text, lead) => {
    expect(run(text)[0]?.lead).toEqual(lead);
  });

  it('knows contractors as parties', () => {
    expect(brief('Sở Giao thông vận tải cùng nhà thầu khắc phục sự cố sụt lún.')[0]).toMatchObject({ support: ['nhà thầu'], task: 'khắc phục sự cố sụt lún' });
  });
});

describe('who is addressed', () => {
  it('a position followed by a directive is addressed; a named person chairing is the speaker', () => {
    expect(brief('Giám đốc Sở Tư pháp trực tiếp chỉ đạo việc rà soát văn bản.')[0]).toMatchObject({
      lead: ['Giám đốc Sở Tư pháp'],
      task: 'trực tiếp chỉ đạo việc rà soát văn bản',
    });
    expect(run('Đồng chí Phó Trưởng ban Tuyên giáo chỉ đạo việc biên tập tài liệu.')[0]?.lead).toEqual(['Đồng chí Phó Trưởng ban Tuyên giáo']);
    expect(run('Đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh chủ trì và kết luận.')).toEqual([]);
  });

  it('a position the text shows speaking stays the speaker; another position is addressed', () => {
    const items = brief('Bộ trưởng Bộ Công Thương kết luận cuộc họp. Bộ trưởng Bộ Công Thương lưu ý các cục theo dõi thị trường. Cục trưởng Cục Xuất nhập khẩu rà soát hạn ngạch.');
    // The Bộ trưởng's "lưu ý" addresses the cục; the Bộ trưởng is never a lead.
    expect(items.map((i) => i.lead)).toEqual([['các cục'], ['Cục trưởng Cục Xuất nhập khẩu']]);
  });

  it('an adverbial between the subject and its directive ("X cùng với việc …, cần …")', () => {
    expect(brief('Sở Nội vụ cùng với việc sắp xếp bộ máy, cần rà soát vị trí việc làm.')[0]).toMatchObject({
      lead: ['Sở Nội vụ'],
      support: [],
      task: 'cùng với việc sắp xếp bộ máy, cần rà soát vị trí việc làm',
    });
  });

  it('a verb reading followed by "đã" is part of the subject: the sentence reports', () => {
    expect(run('Các tổ kiểm tra đã hoàn thành nhiệm vụ.')).toEqual([]);
  });

  it('"thống nhất với" a document approves; with a party it coordinates', () => {
    expect(run('Thường trực Huyện ủy thống nhất với đề xuất của Ban Tổ chức.')).toEqual([]);
    expect(run('Sở Tài chính thống nhất với Sở Nội vụ phương án bố trí biên chế.')[0]?.lead).toEqual(['Sở Tài chính']);
  });

  it('an entry that opens with a role formula leaves it out of the task, under an inherited lead too', () => {
    expect(brief('Giao Sở Công Thương:\na) Chủ trì, phối hợp với Công an tỉnh kiểm tra thị trường.')).toEqual([
      { lead: ['Sở Công Thương'], support: ['Công an tỉnh'], task: 'kiểm tra thị trường', kind: 'none', iso: null },
    ]);
  });
});

describe('";" and ":" inside a task', () => {
  it('after a ":" inside the task, ";" separates the listed objects, not tasks', () => {
    expect(brief('Sở Kế hoạch và Đầu tư trình UBND tỉnh hồ sơ dự án, gồm: báo cáo nghiên cứu khả thi; báo cáo đánh giá tác động môi trường; tờ trình đề nghị phê duyệt.').map((i) => i.task)).toEqual([
      'trình UBND tỉnh hồ sơ dự án, gồm: báo cáo nghiên cứu khả thi; báo cáo đánh giá tác động môi trường; tờ trình đề nghị phê duyệt',
    ]);
  });

  it('a ":" that closes the addressee ("Đối với X:") does not make the clauses one list', () => {
    expect(brief('Đối với Công an tỉnh: tuần tra các tuyến đường; xử lý xe quá tải.').map((i) => i.task)).toEqual(['tuần tra các tuyến đường', 'xử lý xe quá tải']);
  });
});

describe('meeting time is not a deadline', () => {
  it('"Sau khi nghe …" in the heading of the conclusions does not date the entries', () => {
    expect(brief('Sau khi nghe báo cáo của Sở Y tế, Chủ tịch UBND tỉnh kết luận như sau:\n1. Giao Sở Y tế kiểm tra bếp ăn tập thể.')).toEqual([
      { lead: ['Sở Y tế'], support: [], task: 'kiểm tra bếp ăn tập thể', kind: 'none', iso: null },
    ]);
  });
});

describe('a past day quoted inside a task is not its deadline', () => {
  const of = (text: string) => brief(text, { docDate: '2023-04-18' });

  it('gives no deadline for a day or period that ended before the document date', () => {
    expect(of('Đề nghị Sở Tài chính làm rõ lý do chưa hoàn thành việc thẩm định giá trước ngày 31/3 theo yêu cầu tại Thông báo số 45/TB-UBND.')).toEqual([
      {
        lead: ['Sở Tài chính'], support: [], kind: 'none', iso: null,
        task: 'làm rõ lý do chưa hoàn thành việc thẩm định giá trước ngày 31/3 theo yêu cầu tại Thông báo số 45/TB-UBND',
      },
    ]);
    expect(of('Yêu cầu UBND huyện giải trình việc chậm bàn giao mặt bằng đã hẹn trong quý I/2023.')[0]).toMatchObject({ kind: 'none' });
  });

  it('keeps another time expression of the same clause', () => {
    expect(of('Giao Sở Xây dựng báo cáo kết quả kiểm tra đã yêu cầu hoàn thành trong tháng 2/2023, xong trước ngày 30/4.')[0]).toMatchObject({
      kind: 'date',
      iso: '2023-04-30',
    });
    expect(of('Ban Quản lý dự án giải trình việc chậm nghiệm thu trước ngày 15/3, khẩn trương khắc phục.')[0]).toMatchObject({ kind: 'asap' });
  });

  it('does not date the previous task from a past day, nor take one without a document date', () => {
    expect(of('Giao Sở Nội vụ thẩm định đề án. Thời hạn hoàn thành trước ngày 30/3.')).toEqual([
      { lead: ['Sở Nội vụ'], support: [], task: 'thẩm định đề án', kind: 'none', iso: null },
    ]);
    expect(brief('Giao Sở Nội vụ thẩm định đề án trước ngày 30/3/2023.', { docDate: null })[0]).toMatchObject({ kind: 'date', iso: '2023-03-30' });
  });
});

describe('a lead-in\'s time frame reaches through the headings under it', () => {
  const text = [
    'Giám đốc Sở yêu cầu các đơn vị tập trung thực hiện một số nhiệm vụ trọng tâm trong tháng 6/2022 như sau:',
    'Đối với Trung tâm Dịch vụ việc làm:',
    '- Tổ chức phiên giao dịch việc làm lưu động.',
    '- Cập nhật dữ liệu người lao động trước ngày 15/6/2022.',
    'Đối với Phòng Kế hoạch - Tài chính:',
    '1. Rà soát các khoản chi.',
    '2. Khẩn trương quyết toán kinh phí.',
  ].join('\n');

  it('"Đối với X:" headings change the addressee, not the time frame; entries with their own keep theirs', () => {
    expect(brief(text, { docDate: '2022-05-30' })).toEqual([
      { lead: ['Trung tâm Dịch vụ việc làm'], support: [], task: 'Tổ chức phiên giao dịch việc làm lưu động', kind: 'period', iso: '2022-06-30' },
      { lead: ['Trung tâm Dịch vụ việc làm'], support: [], task: 'Cập nhật dữ liệu người lao động trước ngày 15/6/2022', kind: 'date', iso: '2022-06-15' },
      { lead: ['Phòng Kế hoạch - Tài chính'], support: [], task: 'Rà soát các khoản chi', kind: 'period', iso: '2022-06-30' },
      { lead: ['Phòng Kế hoạch - Tài chính'], support: [], task: 'Khẩn trương quyết toán kinh phí', kind: 'asap', iso: null },
    ]);
  });

  it('numbered name headings pass the frame on from one to the next', () => {
    const items = brief(
      'Chủ tịch UBND huyện giao nhiệm vụ trong quý III năm 2022 như sau:\n1. Phòng Tài nguyên và Môi trường:\na) Hoàn thành cấp giấy chứng nhận quyền sử dụng đất.\nb) Kiểm tra các mỏ cát trước ngày 15/7.\n2. Phòng Nông nghiệp:\n- Hướng dẫn chuyển đổi cây trồng.',
      { docDate: '2022-06-20' },
    );
    expect(items.map((i) => [i.lead, i.iso])).toEqual([
      [['Phòng Tài nguyên và Môi trường'], '2022-09-30'],
      [['Phòng Tài nguyên và Môi trường'], '2022-07-15'],
      [['Phòng Nông nghiệp'], '2022-09-30'],
    ]);
  });

  it('stops at a plain paragraph that names its own addressee, and never starts without a lead-in time frame', () => {
    const closing = brief(text + '\nGiao Văn phòng Sở theo dõi, đôn đốc việc thực hiện.', { docDate: '2022-05-30' });
    expect(closing[closing.length - 1]).toMatchObject({ lead: ['Văn phòng Sở'], kind: 'none' });
    expect(brief('Kết luận như sau:\nĐối với Sở Y tế:\n- Kiểm tra bếp ăn.')[0]).toMatchObject({ lead: ['Sở Y tế'], kind: 'none' });
  });
});

describe('a command cue opening an entry under an addressee is that addressee\'s task', () => {
  it('"Chỉ đạo …", "Yêu cầu …" entries keep the verb, with the heading\'s lead and no support of the directed party', () => {
    const items = brief(
      '2. Giao UBND các huyện, thị xã:\n- Chỉ đạo UBND các xã rà soát số hộ bị ảnh hưởng, phối hợp với Hội Chữ thập đỏ hỗ trợ kịp thời.\n- Yêu cầu các chủ đầu tư đẩy nhanh tiến độ giải ngân.\n- Giao Phòng Tài chính - Kế hoạch cân đối nguồn vốn.\n- Đồng thời, chỉ đạo lực lượng Công an xã tăng cường tuần tra.',
    );
    expect(items.map((i) => [i.lead, i.support, i.task])).toEqual([
      [['UBND các huyện, thị xã'], [], 'Chỉ đạo UBND các xã rà soát số hộ bị ảnh hưởng, phối hợp với Hội Chữ thập đỏ hỗ trợ kịp thời'],
      [['UBND các huyện, thị xã'], [], 'Yêu cầu các chủ đầu tư đẩy nhanh tiến độ giải ngân'],
      // "Giao" and "Đề nghị" are only ever the issuer's: the entry names its own addressee.
      [['Phòng Tài chính - Kế hoạch'], [], 'cân đối nguồn vốn'],
      [['UBND các huyện, thị xã'], [], 'Đồng thời, chỉ đạo lực lượng Công an xã tăng cường tuần tra'],
    ]);
  });

  it('under "Đề nghị X:" too, and in a plain paragraph under the heading', () => {
    expect(brief('Đề nghị Sở Y tế:\nYêu cầu các bệnh viện tuyến huyện bố trí đủ giường bệnh.')).toEqual([
      { lead: ['Sở Y tế'], support: [], task: 'Yêu cầu các bệnh viện tuyến huyện bố trí đủ giường bệnh', kind: 'none', iso: null },
    ]);
  });

  it('stays a cue where a person speaks, under a lead-in naming no addressee, and outside lists', () => {
    expect(brief('Đề nghị Sở Y tế:\nb) Đồng chí Giám đốc Sở Y tế yêu cầu Trung tâm Y tế huyện báo cáo hằng tuần.')[0]).toMatchObject({
      lead: ['Trung tâm Y tế huyện'],
      task: 'báo cáo hằng tuần',
    });
    expect(brief('Chủ tịch UBND tỉnh kết luận như sau:\n1. Giao Sở Xây dựng kiểm tra chất lượng công trình.\n2. Yêu cầu Công an tỉnh bảo đảm an ninh.').map((i) => i.lead)).toEqual([
      ['Sở Xây dựng'],
      ['Công an tỉnh'],
    ]);
    // A plain paragraph after the entries is the issuer speaking again.
    expect(brief('Giao UBND các xã:\n- Rà soát hộ nghèo.\nGiao Phòng Lao động theo dõi, tổng hợp.').map((i) => [i.lead, i.task])).toEqual([
      [['UBND các xã'], 'Rà soát hộ nghèo'],
      [['Phòng Lao động'], 'theo dõi, tổng hợp'],
    ]);
    expect(brief('Đề nghị Sở Xây dựng kiểm tra các công trình. Yêu cầu các chủ đầu tư hoàn thiện hồ sơ.').map((i) => i.lead)).toEqual([
      ['Sở Xây dựng'],
      ['các chủ đầu tư'],
    ]);
  });
});

describe('more addressing forms', () => {
  it.each([
    ['Đồng chí cũng lưu ý Công an xã thường xuyên tuần tra, kiểm soát địa bàn.', ['Công an xã'], 'thường xuyên tuần tra, kiểm soát địa bàn'],
    ['Phó Chủ tịch UBND huyện nhấn mạnh các trường cần chuẩn bị tốt cơ sở vật chất cho năm học mới.', ['các trường'], 'cần chuẩn bị tốt cơ sở vật chất cho năm học mới'],
    ['Đồng chí Bí thư quán triệt các chi bộ phải nghiêm túc thực hiện chế độ sinh hoạt.', ['các chi bộ'], 'phải nghiêm túc thực hiện chế độ sinh hoạt'],
    ['Đồng chí Trần Văn Bình nhắc nhở Ban Quản lý chợ khẩn trương sắp xếp lại các quầy hàng.', ['Ban Quản lý chợ'], 'khẩn trương sắp xếp lại các quầy hàng'],
  ])('a speaker\'s cue of emphasis addresses the party after it: %s', (text, lead, task) => {
    expect(brief(text)).toMatchObject([{ lead, task }]);
  });

  it('emphasis addresses no one without a speaker, a party or a directive; a unit "lưu ý" keeps it as its task', () => {
    expect(run('Đồng chí Chủ tịch nhấn mạnh các ngành đã có nhiều cố gắng.')).toEqual([]);
    expect(run('Đồng chí Chủ tịch nhấn mạnh tầm quan trọng của công tác chuyển đổi số.')).toEqual([]);
    expect(run('Lưu ý các đơn vị báo cáo đúng hạn.')).toEqual([]);
    expect(brief('Sở Y tế lưu ý các cơ sở khám bệnh bảo đảm an toàn.')).toMatchObject([{ lead: ['Sở Y tế'], task: 'lưu ý các cơ sở khám bệnh bảo đảm an toàn' }]);
  });

  it.each([
    ['Xã phải sớm hoàn thiện hồ sơ đề nghị công nhận đạt chuẩn nông thôn mới.', 'Xã', 'phải sớm hoàn thiện hồ sơ đề nghị công nhận đạt chuẩn nông thôn mới'],
    ['Huyện cần rà soát lại quy hoạch sử dụng đất.', 'Huyện', 'cần rà soát lại quy hoạch sử dụng đất'],
    ['Phường tăng cường kiểm tra trật tự đô thị.', 'Phường', 'tăng cường kiểm tra trật tự đô thị'],
    ['Đồng thời, Thị trấn chủ động phương án phòng, chống lụt bão.', 'Thị trấn', 'chủ động phương án phòng, chống lụt bão'],
    ['Tỉnh cần có cơ chế hỗ trợ doanh nghiệp.', 'Tỉnh', 'cần có cơ chế hỗ trợ doanh nghiệp'],
    ['Trường khẩn trương sửa chữa phòng học.', 'Trường', 'khẩn trương sửa chữa phòng học'],
    ['Sở tiếp tục kiểm tra các cơ sở kinh doanh.', 'Sở', 'tiếp tục kiểm tra các cơ sở kinh doanh'],
    ['Bệnh viện cần bố trí đủ nhân lực trực Tết.', 'Bệnh viện', 'cần bố trí đủ nhân lực trực Tết'],
    ['Công ty phải bảo đảm an toàn lao động.', 'Công ty', 'phải bảo đảm an toàn lao động'],
  ])('a bare capitalised unit noun before a modal or directive is the addressee: %s', (text, lead, task) => {
    expect(brief(text)).toMatchObject([{ lead: [lead], task }]);
  });

  it('a unit noun before a fact, a report, another word or a name is not a bare addressee', () => {
    expect(run('Xã có 5 thôn đạt chuẩn. Xã hội hóa công tác giáo dục cần được quan tâm. Huyện đã hoàn thành kế hoạch.')).toEqual([]);
    expect(run('Sau đó, xã cần rà soát lại.')).toEqual([]);
  });
});

describe('"<party>: <task>" entries', () => {
  it('a label before ":" leads the entry; its ";" clauses are tasks of that lead, role formulas cut', () => {
    const items = brief(
      'Chủ tịch UBND huyện giao nhiệm vụ như sau:\n1. Phòng Người có công: phối hợp với UBND các xã rà soát hồ sơ liệt sĩ; xây dựng kế hoạch thăm hỏi gia đình chính sách.\nb) Trung tâm Dịch vụ việc làm: tổ chức phiên giao dịch việc làm lưu động.\n- Công an huyện, Ban Chỉ huy Quân sự huyện: tăng cường tuần tra; xử lý nghiêm vi phạm.',
    );
    expect(items.map((i) => [i.lead, i.support, i.task])).toEqual([
      [['Phòng Người có công'], ['UBND các xã'], 'rà soát hồ sơ liệt sĩ'],
      [['Phòng Người có công'], ['UBND các xã'], 'xây dựng kế hoạch thăm hỏi gia đình chính sách'],
      [['Trung tâm Dịch vụ việc làm'], [], 'tổ chức phiên giao dịch việc làm lưu động'],
      [['Công an huyện', 'Ban Chỉ huy Quân sự huyện'], [], 'tăng cường tuần tra'],
      [['Công an huyện', 'Ban Chỉ huy Quân sự huyện'], [], 'xử lý nghiêm vi phạm'],
    ]);
  });

  it('"X chủ trì, phối hợp với Y …" after the label', () => {
    expect(brief('a) Phòng Y tế: chủ trì, phối hợp với Trung tâm Y tế huyện kiểm tra an toàn thực phẩm.')).toEqual([
      { lead: ['Phòng Y tế'], support: ['Trung tâm Y tế huyện'], task: 'kiểm tra an toàn thực phẩm', kind: 'none', iso: null },
    ]);
  });

  it('no label where the words before ":" are a verb, a cue or not a party', () => {
    expect(run('- Nội dung 1: rà soát hồ sơ.\n- Thời gian: trước ngày 30/6.')).toEqual([]);
    expect(run('- Trung tâm Y tế huyện: 5 ca mắc mới.\n- Phòng Giáo dục: không có trường hợp nào.')).toEqual([]);
    expect(brief('UBND tỉnh yêu cầu: Sở Y tế kiểm tra bếp ăn.').map((i) => i.lead)).toEqual([['Sở Y tế']]);
    expect(run('Ban Thường vụ Huyện ủy kết luận: tình hình cơ bản ổn định.')).toEqual([]);
  });
});

describe('multi-level numbering and Roman parts', () => {
  it('"2.1.", "1.1)" entries name their own subject; a Roman topic heading is no item and closes the list before it', () => {
    const items = brief(
      '1. Đối với Sở Y tế:\n- Bảo đảm đủ thuốc.\nII. Nhiệm vụ thời gian tới\n2.1. Khoa Cấp cứu - Hồi sức tích cực và Chống độc rà soát quy trình tiếp nhận người bệnh.\n2.2 Trưởng các khoa lâm sàng chịu trách nhiệm kiểm tra hồ sơ bệnh án.\n1.1) Phòng Điều dưỡng tập huấn kỹ năng giao tiếp.\nIII. Đánh giá chung\nCác khoa đã hoàn thành kế hoạch.',
    );
    expect(items.map((i) => [i.lead, i.task])).toEqual([
      [['Sở Y tế'], 'Bảo đảm đủ thuốc'],
      [['Khoa Cấp cứu - Hồi sức tích cực và Chống độc'], 'rà soát quy trình tiếp nhận người bệnh'],
      [['Trưởng các khoa lâm sàng'], 'chịu trách nhiệm kiểm tra hồ sơ bệnh án'],
      [['Phòng Điều dưỡng'], 'tập huấn kỹ năng giao tiếp'],
    ]);
  });

  it('a Roman part after a name heading does not inherit its addressee', () => {
    expect(brief('2. Phòng Tài chính - Kế hoạch:\n- Cân đối nguồn vốn.\nIII. Tổ chức thực hiện').map((i) => i.task)).toEqual(['Cân đối nguồn vốn']);
  });

  it('entries separated from their marker by a tab', () => {
    expect(brief('a)\tSở Nội vụ rà soát biên chế.\nb)\tSở Tài chính bố trí kinh phí.').map((i) => i.lead)).toEqual([['Sở Nội vụ'], ['Sở Tài chính']]);
  });
});

describe('a heading that is only a party', () => {
  it('gives each capitalised-verb entry to the party; a collective with commas shares one determiner and stays whole', () => {
    const items = brief('2. Các công ty đầu tư, kinh doanh hạ tầng khu công nghiệp:\n- Hoàn thành hệ thống xử lý nước thải tập trung.\n- Rà soát các dự án chậm tiến độ.');
    expect(items.map((i) => [i.lead, i.task])).toEqual([
      [['Các công ty đầu tư, kinh doanh hạ tầng khu công nghiệp'], 'Hoàn thành hệ thống xử lý nước thải tập trung'],
      [['Các công ty đầu tư, kinh doanh hạ tầng khu công nghiệp'], 'Rà soát các dự án chậm tiến độ'],
    ]);
    expect(brief('3. Các hợp tác xã nông nghiệp:\n- Chủ động phương án tiêu thụ nông sản.')[0].lead).toEqual(['Các hợp tác xã nông nghiệp']);
  });
});

describe('a numbered heading that is only a party, without a colon', () => {
  it('leads each bullet and its ";" clauses; "Phối hợp với Y" + verb gives support Y', () => {
    const text =
      'II. Nhiệm vụ thời gian tới\n1.\tTrung tâm Y tế huyện\n•\tTham mưu UBND huyện ban hành kế hoạch tiêm chủng, xong trước ngày 30/5/2021.\n' +
      '•\tHướng dẫn các trạm y tế rà soát đối tượng; tổ chức tiêm bổ sung.\n•\tPhối hợp với Phòng Giáo dục và Đào tạo kiểm tra y tế trường học.\n' +
      '2.\tPhòng Tài chính - Kế hoạch; UBND các xã, thị trấn\n•\tBố trí kinh phí cho chiến dịch.';
    expect(brief(text).map((i) => [i.lead, i.support, i.task, i.iso])).toEqual([
      [['Trung tâm Y tế huyện'], [], 'Tham mưu UBND huyện ban hành kế hoạch tiêm chủng, xong trước ngày 30/5/2021', '2021-05-30'],
      [['Trung tâm Y tế huyện'], [], 'Hướng dẫn các trạm y tế rà soát đối tượng', null],
      [['Trung tâm Y tế huyện'], [], 'tổ chức tiêm bổ sung', null],
      [['Trung tâm Y tế huyện'], ['Phòng Giáo dục và Đào tạo'], 'kiểm tra y tế trường học', null],
      [['Phòng Tài chính - Kế hoạch', 'UBND các xã, thị trấn'], [], 'Bố trí kinh phí cho chiến dịch', null],
    ]);
  });

  it('a numbered topic or a numbered sentence is no party heading', () => {
    expect(run('1. Kết quả đạt được\n- Thu ngân sách đạt 95% kế hoạch.')).toEqual([]);
    expect(brief('1. Sở Y tế kiểm tra các cơ sở.\n2. Công tác tuyên truyền\n- Tuyên truyền được đẩy mạnh.').map((i) => i.lead)).toEqual([['Sở Y tế']]);
  });
});

describe('"Đối với <party>, <speaker> đề nghị …"', () => {
  it('a cue with no party of its own gives its tasks to the "Đối với" party', () => {
    expect(brief('Đối với các địa phương, ông đề nghị sớm bàn giao mặt bằng sạch cho nhà đầu tư; tuyên truyền để người dân đồng thuận.')).toEqual([
      { lead: ['các địa phương'], support: [], task: 'sớm bàn giao mặt bằng sạch cho nhà đầu tư', kind: 'asap', iso: null },
      { lead: ['các địa phương'], support: [], task: 'tuyên truyền để người dân đồng thuận', kind: 'none', iso: null },
    ]);
    expect(brief('Đối với UBND các xã, đồng chí Bí thư yêu cầu khẩn trương kiện toàn tổ hòa giải.')[0]).toMatchObject({
      lead: ['UBND các xã'],
      task: 'khẩn trương kiện toàn tổ hòa giải',
    });
    expect(brief('Đối với Sở Công Thương, đề nghị tăng cường kiểm tra thị trường.')[0]).toMatchObject({ lead: ['Sở Công Thương'], task: 'tăng cường kiểm tra thị trường' });
    expect(brief('Đối với các trường học, Phó Chủ tịch UBND huyện lưu ý cần bảo đảm an toàn thực phẩm.')[0]).toMatchObject({
      lead: ['các trường học'],
      task: 'cần bảo đảm an toàn thực phẩm',
    });
  });

  it('a cue naming a party addresses that one; a topic phrase names none', () => {
    expect(brief('Đối với các xã vùng lũ, đồng chí giao Phòng Nông nghiệp hỗ trợ giống cây trồng.')[0]).toMatchObject({ lead: ['Phòng Nông nghiệp'], task: 'hỗ trợ giống cây trồng' });
    expect(brief('Đối với kiến nghị của xã về kinh phí, Chủ tịch UBND huyện giao Phòng Tài chính - Kế hoạch cân đối, bố trí.')[0]).toMatchObject({
      lead: ['Phòng Tài chính - Kế hoạch'],
      task: 'cân đối, bố trí',
    });
  });
});

describe('a lower-case unit after the speaker\'s cue', () => {
  it.each([
    ['Ông đề nghị huyện tập trung giải ngân vốn đầu tư công.', 'huyện', 'tập trung giải ngân vốn đầu tư công'],
    ['Đồng chí lưu ý huyện cần rà soát quy hoạch sử dụng đất.', 'huyện', 'cần rà soát quy hoạch sử dụng đất'],
    ['Bà đề nghị các địa phương cần chủ động phương án phòng chống thiên tai.', 'các địa phương', 'cần chủ động phương án phòng chống thiên tai'],
    ['Đồng chí Bí thư yêu cầu xã khẩn trương hoàn thiện hồ sơ nông thôn mới.', 'xã', 'khẩn trương hoàn thiện hồ sơ nông thôn mới'],
    ['Đề nghị tỉnh quan tâm bố trí vốn cho dự án.', 'tỉnh', 'quan tâm bố trí vốn cho dự án'],
  ])('%s', (text, lead, task) => {
    expect(brief(text)).toMatchObject([{ lead: [lead], task }]);
  });

  it('not a referent: a place inside a name, a unit with no directive after it, a speaker asking a higher level', () => {
    expect(brief('Đề nghị cán bộ huyện cần gương mẫu.')[0]?.lead).toEqual(['cán bộ huyện']);
    expect(run('Ông đề nghị huyện ủy quan tâm.')).toEqual([]);
    expect(run('Lãnh đạo huyện đề nghị tỉnh hỗ trợ kinh phí xây dựng trường học.')).toEqual([]);
    expect(run('Xã đề nghị huyện hỗ trợ xi măng làm đường.')).toEqual([]);
  });
});

describe('participants and reports are not addressed', () => {
  it.each([
    'Đại diện Sở Xây dựng đề nghị UBND tỉnh chỉ đạo tháo gỡ vướng mắc về mặt bằng.',
    'Tại buổi làm việc, đại diện lãnh đạo các doanh nghiệp đề nghị tỉnh giảm thủ tục.',
    'Lãnh đạo huyện kiến nghị tỉnh hỗ trợ kinh phí xây dựng trường học.',
    'Xã cũng kiến nghị huyện hỗ trợ nâng cấp trạm bơm.',
    'Các doanh nghiệp đề xuất tỉnh giảm thủ tục hành chính.',
    'Giám đốc Sở Y tế cho biết sẽ bố trí đủ thuốc.',
    'Công an tỉnh cam kết bảo đảm an ninh trật tự.',
    'Sở Tài chính tiếp thu ý kiến và sẽ hoàn thiện dự thảo.',
    'Các phòng, đơn vị đã bám sát kế hoạch, hoàn thành các chỉ tiêu.',
    'Sở Y tế đã chủ động phối hợp tiêm chủng.',
    'Ban Quản lý dự án vừa hoàn thành nghiệm thu.',
  ])('%s', (text) => {
    expect(run(text)).toEqual([]);
  });

  it('even as entries of an addressed list; the chair\'s own cues after a tense still count', () => {
    const items = brief('Đề nghị các sở, ngành thực hiện các nội dung sau:\n- Các phòng, đơn vị đã bám sát kế hoạch.\n- Rà soát thủ tục hành chính.\n- Sở Y tế đang phối hợp tiêm chủng.');
    expect(items.map((i) => [i.lead, i.task])).toEqual([[['các sở, ngành'], 'Rà soát thủ tục hành chính']]);
    expect(brief('Đồng chí Bí thư đã yêu cầu Ban Tổ chức rà soát nhân sự.')[0]?.lead).toEqual(['Ban Tổ chức']);
    // A "đã" clause that only qualifies the subject, with an obligation after it, is no report.
    expect(brief('Giao UBND các huyện:\n- Những xã đã đạt chuẩn nông thôn mới cần tiếp tục nâng cao các tiêu chí.')).toHaveLength(1);
    expect(brief('Giao Sở Tài chính nghiên cứu, đề xuất phương án phân bổ vốn.')[0]?.task).toBe('nghiên cứu, đề xuất phương án phân bổ vốn');
    expect(brief('Đồng chí Chủ tịch khẳng định kết quả đạt được và yêu cầu các sở tiếp tục cải cách thủ tục.')[0]?.lead).toEqual(['các sở']);
  });
});

describe('topic headings are not items', () => {
  it('"Về …" or "Đối với <no party> …" standing alone gives nothing, after an addressed sentence or in a list', () => {
    const items = brief('Đề nghị Sở Xây dựng kiểm tra các công trình. Về kiến nghị của Huyện ủy về trụ sở làm việc\nĐề nghị các sở thực hiện:\n- Đối với kiến nghị của các xã\n- Rà soát thủ tục.');
    expect(items.map((i) => i.task)).toEqual(['kiểm tra các công trình', 'Rà soát thủ tục']);
  });

  it('a topic heading with ":" under a party\'s heading keeps that party for its entries', () => {
    const items = brief('1. Đối với Sở Y tế:\na) Về công tác phòng, chống dịch:\n- Rà soát đối tượng nguy cơ.\nb) Về công tác khám, chữa bệnh:\n- Bảo đảm đủ thuốc.');
    expect(items.map((i) => [i.lead, i.task])).toEqual([
      [['Sở Y tế'], 'Rà soát đối tượng nguy cơ'],
      [['Sở Y tế'], 'Bảo đảm đủ thuốc'],
    ]);
    expect(run('Về công tác cải cách hành chính:\n- Rà soát thủ tục.')).toEqual([]);
  });
});

describe('more party shapes', () => {
  it.each([
    ['Ủy ban MTTQ Việt Nam xã và các đoàn thể chính trị - xã hội vận động người dân hiến đất.', ['Ủy ban MTTQ Việt Nam xã', 'các đoàn thể chính trị - xã hội']],
    ['Sở Văn hóa, Thể thao và Du lịch và Sở Y tế kiểm tra các cơ sở lưu trú.', ['Sở Văn hóa, Thể thao và Du lịch', 'Sở Y tế']],
    ['Đề nghị các sở, ban, ngành và UBND các huyện rà soát thủ tục.', ['các sở, ban, ngành', 'UBND các huyện']],
    ['Sở TN&MT tỉnh cần thường xuyên kiểm tra các mỏ khoáng sản.', ['Sở TN&MT tỉnh']],
    ['Giao Sở KH&ĐT tỉnh tham mưu bố trí vốn.', ['Sở KH&ĐT tỉnh']],
    ['Sở LĐ-TB&XH tỉnh rà soát hộ nghèo.', ['Sở LĐ-TB&XH tỉnh']],
    ['Đề nghị Sở GD&ĐT huyện chuẩn bị cơ sở vật chất.', ['Sở GD&ĐT huyện']],
    ['Sở TN & MT tỉnh hướng dẫn các xã lập hồ sơ.', ['Sở TN & MT tỉnh']],
    ['Trưởng các khoa lâm sàng chịu trách nhiệm kiểm tra hồ sơ bệnh án.', ['Trưởng các khoa lâm sàng']],
    ['Trưởng các khoa, bộ môn có trách nhiệm tổ chức giảng dạy.', ['Trưởng các khoa, bộ môn']],
    ['Giám đốc các sở, ngành chủ động rà soát thủ tục.', ['Giám đốc các sở, ngành']],
    ['Thủ trưởng các cơ quan, đơn vị nghiêm túc thực hiện.', ['Thủ trưởng các cơ quan, đơn vị']],
  ])('%s', (text, lead) => {
    expect(run(text).map((i) => i.lead)).toEqual([lead]);
  });

  it('"Khoa học" is no department', () => {
    expect(run('Khoa học công nghệ cần được ưu tiên đầu tư.')).toEqual([]);
  });
});

describe('a group subject listing places by name is one lead', () => {
  it.each([
    ['UBND các huyện Long Hồ, Mang Thít và thành phố Vĩnh Long cần nạo vét kênh mương.', ['UBND các huyện Long Hồ, Mang Thít và thành phố Vĩnh Long']],
    ['Ngoài ra, UBND các xã Ea Tam, Cư Né khẩn trương di dời người dân.', ['UBND các xã Ea Tam, Cư Né']],
    ['Bên cạnh đó, UBND các tỉnh, thành phố khu vực Tây Nguyên tăng cường tuần tra rừng.', ['UBND các tỉnh, thành phố khu vực Tây Nguyên']],
    ['Các huyện, thị xã vùng đồng bằng ven biển chủ động tích trữ nước ngọt.', ['Các huyện, thị xã vùng đồng bằng ven biển']],
    ['Yêu cầu UBND các huyện Tuy Phong, Bắc Bình và thị xã La Gi chủ động sơ tán dân.', ['UBND các huyện Tuy Phong, Bắc Bình và thị xã La Gi']],
    ['Đề nghị UBND các huyện Tuy Phong, Bắc Bình và Sở Công Thương kiểm tra thị trường.', ['UBND các huyện Tuy Phong, Bắc Bình', 'Sở Công Thương']],
  ])('%s', (text, lead) => {
    expect(run(text).map((i) => i.lead)).toEqual([lead]);
  });

  it('a place named after a single unit or in a report is no member', () => {
    expect(run('UBND các xã Tân An, Tân Lập và thành phố Tây Ninh đã hoàn thành kế hoạch.')).toEqual([]);
    expect(run('Sở Xây dựng và thành phố Bà Rịa rà soát quy hoạch.').map((i) => i.lead)).not.toContainEqual(['Sở Xây dựng và thành phố Bà Rịa']);
  });
});

describe('an appositive between subject and predicate is neither party nor task', () => {
  it.each([
    ['UBND các xã, thị trấn, nhất là xã Phú Lộc và thị trấn Cầu Giát, phải khẩn trương giải tỏa lấn chiếm.', ['UBND các xã, thị trấn'], 'phải khẩn trương giải tỏa lấn chiếm'],
    ['Các phòng, ban, đặc biệt là Phòng Tài chính - Kế hoạch, cần đẩy nhanh giải ngân.', ['Các phòng, ban'], 'cần đẩy nhanh giải ngân'],
    ['Bộ Chỉ huy Quân sự tỉnh, trong đó có lực lượng dân quân, chủ động ứng cứu.', ['Bộ Chỉ huy Quân sự tỉnh'], 'chủ động ứng cứu'],
    ['Ngoài ra, các trường học, kể cả các cơ sở mầm non tư thục, phải bảo đảm an toàn thực phẩm.', ['các trường học'], 'phải bảo đảm an toàn thực phẩm'],
  ])('%s', (text, lead, task) => {
    expect(brief(text).map((i) => [i.lead, i.support, i.task])).toEqual([[lead, [], task]]);
  });

  it('"nhất là" inside a task stays in it; a subject without a predicate after the appositive is no item', () => {
    expect(brief('Sở Y tế tăng cường kiểm tra, nhất là các cơ sở tư nhân.')[0].task).toBe('tăng cường kiểm tra, nhất là các cơ sở tư nhân');
    expect(run('Các sở, ngành, nhất là Sở Tài chính, đã hoàn thành quyết toán.')).toEqual([]);
  });
});

describe("a unit's own directing verbs stay in its task", () => {
  it.each([
    ['Ban Thường vụ Đảng ủy xã chỉ đạo các chi bộ kiểm điểm đảng viên.', ['Ban Thường vụ Đảng ủy xã'], 'chỉ đạo các chi bộ kiểm điểm đảng viên'],
    ['Sở Giáo dục và Đào tạo kiểm tra, đôn đốc các trường hoàn thành sửa chữa phòng học.', ['Sở Giáo dục và Đào tạo'], 'kiểm tra, đôn đốc các trường hoàn thành sửa chữa phòng học'],
    ['Ban Chỉ đạo huyện hướng dẫn, yêu cầu các xã lập phương án di dời.', ['Ban Chỉ đạo huyện'], 'hướng dẫn, yêu cầu các xã lập phương án di dời'],
    ['Ban quản lý các chợ rà soát, yêu cầu các tiểu thương niêm yết giá.', ['Ban quản lý các chợ'], 'rà soát, yêu cầu các tiểu thương niêm yết giá'],
  ])('%s', (text, lead, task) => {
    expect(brief(text).map((i) => [i.lead, i.support, i.task])).toEqual([[lead, [], task]]);
  });

  it('";" clauses keep the unit; the directed party supports nothing; the issuer\'s "yêu cầu X" still addresses X', () => {
    expect(brief('Ban Quản lý các cụm công nghiệp rà soát, yêu cầu các doanh nghiệp phối hợp với Sở Y tế xét nghiệm; tạm dừng cơ sở vi phạm.').map((i) => [i.lead, i.support])).toEqual([
      [['Ban Quản lý các cụm công nghiệp'], []],
      [['Ban Quản lý các cụm công nghiệp'], []],
    ]);
    expect(brief('UBND tỉnh yêu cầu Sở Y tế kiểm tra các bệnh viện.')[0].lead).toEqual(['Sở Y tế']);
  });
});

describe('lower-case collective leads', () => {
  it.each([
    ['Cấp ủy các chi bộ ấp, khóm thường xuyên nắm bắt tâm tư của nhân dân.', ['Cấp ủy các chi bộ ấp, khóm']],
    ['Ngoài ra, chính quyền các phường cần chủ động đối thoại với người dân.', ['chính quyền các phường']],
    ['lãnh đạo các phòng, ban phải trực tiếp tiếp công dân.', ['lãnh đạo các phòng, ban']],
    ['Ngoài ra, các đồng chí Tỉnh ủy viên phụ trách địa bàn cần thường xuyên về cơ sở.', ['các đồng chí Tỉnh ủy viên phụ trách địa bàn']],
    ['Bên cạnh đó, các đồng chí Ủy viên Ban Thường vụ tăng cường kiểm tra cơ sở.', ['các đồng chí Ủy viên Ban Thường vụ']],
  ])('%s', (text, lead) => {
    expect(run(text).map((i) => i.lead)).toEqual([lead]);
  });

  it('a collective word with no group after it is no lead; a task of being in charge keeps its verb', () => {
    expect(brief('Ban Thường vụ Huyện ủy chỉ đạo xã. Lãnh đạo, chỉ đạo tốt công tác bầu cử.').map((i) => [i.lead, i.task])).toEqual([
      [['Ban Thường vụ Huyện ủy'], 'chỉ đạo xã'],
      [['Ban Thường vụ Huyện ủy'], 'Lãnh đạo, chỉ đạo tốt công tác bầu cử'],
    ]);
    expect(brief('Giao Văn phòng phụ trách công tác hậu cần.')[0]).toMatchObject({ lead: ['Văn phòng'], task: 'phụ trách công tác hậu cần' });
  });
});

describe('a sentence naming its own addressee switches the lead, in or after a list', () => {
  it('"Giao X", "Đề nghị Y", "Ngoài ra, Z cần", "Bên cạnh đó, W phải" as entries under an addressed heading', () => {
    const items = brief(
      'Đối với UBND thị xã:\n- Rà soát quỹ đất tái định cư.\n- Giao Phòng Quản lý đô thị lập danh mục công trình chậm tiến độ.\n- Đề nghị Chi nhánh Văn phòng đăng ký đất đai thị xã cấp giấy chứng nhận cho các hộ.\n- Ngoài ra, Trung tâm Phát triển quỹ đất cần công khai phương án bồi thường.\n- Bên cạnh đó, Công an thị xã phải bảo đảm trật tự khi cưỡng chế.\n- Tổ chức đối thoại với người dân.',
    );
    expect(items.map((i) => [i.lead, i.task])).toEqual([
      [['UBND thị xã'], 'Rà soát quỹ đất tái định cư'],
      [['Phòng Quản lý đô thị'], 'lập danh mục công trình chậm tiến độ'],
      [['Chi nhánh Văn phòng đăng ký đất đai thị xã'], 'cấp giấy chứng nhận cho các hộ'],
      [['Trung tâm Phát triển quỹ đất'], 'cần công khai phương án bồi thường'],
      [['Công an thị xã'], 'phải bảo đảm trật tự khi cưỡng chế'],
      [['UBND thị xã'], 'Tổ chức đối thoại với người dân'],
    ]);
  });

  it('a "Giao X chủ trì, phối hợp với Y …" entry under a lead-in gives X, and its ";" clauses keep X and Y', () => {
    const items = brief(
      'Ban Thường vụ Thành ủy yêu cầu các chi, đảng bộ thực hiện các nội dung sau:\n- Tổ chức học tập chuyên đề năm 2021.\n- Giao Ban Tuyên giáo Thành ủy chủ trì, phối hợp với Trung tâm Chính trị thành phố biên soạn tài liệu; tổng hợp kết quả học tập, báo cáo Ban Thường vụ.',
    );
    expect(items.map((i) => [i.lead, i.support, i.task])).toEqual([
      [['các chi, đảng bộ'], [], 'Tổ chức học tập chuyên đề năm 2021'],
      [['Ban Tuyên giáo Thành ủy'], ['Trung tâm Chính trị thành phố'], 'biên soạn tài liệu'],
      [['Ban Tuyên giáo Thành ủy'], ['Trung tâm Chính trị thành phố'], 'tổng hợp kết quả học tập, báo cáo Ban Thường vụ'],
    ]);
  });

  it('a plain paragraph after the entries with a cue or a new subject is the issuer again', () => {
    const items = brief(
      'Giao UBND các phường:\n- Kiểm tra các cơ sở kinh doanh karaoke.\nYêu cầu Chi cục Quản lý thị trường tỉnh kiểm soát hàng hóa.\nPhòng Văn hóa và Thông tin tăng cường tuyên truyền.',
    );
    expect(items.map((i) => i.lead)).toEqual([['UBND các phường'], ['Chi cục Quản lý thị trường tỉnh'], ['Phòng Văn hóa và Thông tin']]);
  });
});

describe('a visiting body speaks in a news report', () => {
  it('"Đoàn giám sát cũng đề nghị X …", "Thường trực HĐND tỉnh cũng yêu cầu X …": X leads, not "Đoàn"', () => {
    const items = brief(
      'Đoàn giám sát cũng đề nghị UBND huyện chỉ đạo các trường rà soát đội ngũ giáo viên. Đoàn công tác yêu cầu Công ty Môi trường đô thị thu gom rác đúng giờ. Thường trực HĐND tỉnh cũng yêu cầu Sở Giáo dục và Đào tạo bố trí đủ giáo viên. Trưởng đoàn cũng đề nghị Bệnh viện đa khoa huyện nâng cao chất lượng khám chữa bệnh.',
    );
    expect(items.map((i) => [i.lead, i.task])).toEqual([
      [['UBND huyện'], 'chỉ đạo các trường rà soát đội ngũ giáo viên'],
      [['Công ty Môi trường đô thị'], 'thu gom rác đúng giờ'],
      [['Sở Giáo dục và Đào tạo'], 'bố trí đủ giáo viên'],
      [['Bệnh viện đa khoa huyện'], 'nâng cao chất lượng khám chữa bệnh'],
    ]);
  });

  it('its assessments are no items', () => {
    expect(
      run(
        'Đoàn giám sát ghi nhận sự nỗ lực của UBND huyện trong công tác giảm nghèo. Đoàn kiểm tra đánh giá cao tinh thần trách nhiệm của nhà trường. Trưởng đoàn biểu dương các xã đạt chuẩn nông thôn mới. Đoàn công tác khen ngợi cán bộ y tế cơ sở.',
      ),
    ).toEqual([]);
  });
});

describe('document furniture is no text', () => {
  it('a letterhead, number, title and signature give no item and leave the first sentence whole', () => {
    const text = [
      'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'TỈNH NINH BÌNH\tĐộc lập - Tự do - Hạnh phúc',
      'Số: 45/TB-UBND\tNinh Bình, ngày 3 tháng 7 năm 2023',
      'THÔNG BÁO',
      'Kết luận của Chủ tịch UBND tỉnh tại buổi kiểm tra công tác phòng, chống lụt bão',
      'Chủ tịch UBND tỉnh yêu cầu Sở Nông nghiệp và Phát triển nông thôn kiểm tra các hồ chứa nước.',
      'Văn phòng UBND tỉnh thông báo để các cơ quan biết, thực hiện./.',
      'Nơi nhận:\tKT. CHỦ TỊCH',
      '- Các sở: NN&PTNT, TC;\tPHÓ CHỦ TỊCH',
      '- UBND các huyện;',
      '- Lưu: VT, NN.\tLê Văn Cường',
    ].join('\n');
    expect(brief(text, { docDate: '2023-07-03' }).map((i) => [i.lead, i.task])).toEqual([
      [['Sở Nông nghiệp và Phát triển nông thôn'], 'kiểm tra các hồ chứa nước'],
    ]);
  });
});

describe('an opening "Sau khi …," is the meeting\'s context, not a deadline', () => {
  it('does not date the tasks after the speaker or the addressee', () => {
    const items = brief(
      'Sau khi kiểm tra hiện trường, Phó Chủ tịch UBND huyện yêu cầu Phòng Kinh tế và Hạ tầng rà soát hồ sơ thiết kế; Ban Quản lý dự án huyện thay thế nhà thầu yếu kém. Sau khi khảo sát thực tế và nghe báo cáo của xã, đồng chí Bí thư đề nghị UBND xã Tân Hưng sửa chữa trạm bơm.',
    );
    expect(items.map((i) => [i.lead, i.kind])).toEqual([
      [['Phòng Kinh tế và Hạ tầng'], 'none'],
      [['Ban Quản lý dự án huyện'], 'none'],
      [['UBND xã Tân Hưng'], 'none'],
    ]);
  });

  it('after the task verb it is an event', () => {
    const items = run('Giao Văn phòng Huyện ủy hoàn thiện hồ sơ ngay sau khi kết thúc Đại hội. Đề nghị Sở Tài chính phân bổ kinh phí sau khi có hướng dẫn của Bộ Tài chính.');
    expect(items.map((i) => [i.deadline.text, i.deadline.kind])).toEqual([
      ['ngay sau khi kết thúc Đại hội', 'event'],
      ['sau khi có hướng dẫn của Bộ Tài chính', 'event'],
    ]);
  });
});

describe('a recurrence between the lead and its verb', () => {
  it('"X mỗi quý tổ chức …" ends the name before "mỗi"', () => {
    expect(brief('Đề nghị Hội Cựu chiến binh huyện mỗi quý tổ chức một buổi sinh hoạt chuyên đề.')).toEqual([
      { lead: ['Hội Cựu chiến binh huyện'], support: [], task: 'mỗi quý tổ chức một buổi sinh hoạt chuyên đề', kind: 'recurring', iso: null },
    ]);
  });
});

describe('a sentence that only delivers the previous task merges into it', () => {
  const o = { docDate: '2024-05-02' };
  it.each([
    ['Giao Sở Tài chính rà soát các khoản nợ đọng. Kết quả báo cáo UBND tỉnh trước ngày 15/7/2024.', '2024-07-15'],
    ['Đề nghị các huyện kiểm tra việc cấp phép xây dựng. Báo cáo kết quả về Sở Xây dựng trước ngày 25/5.', '2024-05-25'],
    ['Yêu cầu UBND các xã lập danh sách hộ cận nghèo. Danh sách gửi về Phòng Lao động trước ngày 10/6.', '2024-06-10'],
    ['Sở Nội vụ thẩm định đề án vị trí việc làm. Hồ sơ trình UBND tỉnh trong tháng 8/2024.', '2024-08-31'],
  ])('%s', (text, iso) => {
    const items = run(text, o);
    expect(items).toHaveLength(1);
    expect(items[0].deadline.iso).toBe(iso);
    expect(text.slice(items[0].span.start, items[0].span.end)).toMatch(/\.$|\d$/);
  });

  it('keeps the task\'s own deadline; gives a new item for an entry, an undated delivery or a party\'s own report', () => {
    expect(brief('Yêu cầu các xã lập hồ sơ khen thưởng trước ngày 1/6. Hồ sơ gửi Sở Nội vụ trước ngày 10/6.', o)).toEqual([
      { lead: ['các xã'], support: [], task: 'lập hồ sơ khen thưởng trước ngày 1/6', kind: 'date', iso: '2024-06-01' },
    ]);
    expect(brief('Giao Sở Y tế:\n- Kiểm tra các cơ sở.\n- Báo cáo kết quả về UBND tỉnh trước ngày 20/5.', o).map((i) => i.iso)).toEqual([null, '2024-05-20']);
    expect(brief('Giao Sở Y tế kiểm tra các cơ sở. Sở Công Thương báo cáo UBND tỉnh trước ngày 20/5.', o).map((i) => [i.lead, i.iso])).toEqual([
      [['Sở Y tế'], null],
      [['Sở Công Thương'], '2024-05-20'],
    ]);
  });

  it('a ";" clause that delivers is its own item with the same lead; only a whole sentence merges', () => {
    expect(brief('Giao Phòng Nội vụ rà soát hồ sơ thi đua; kết quả gửi Sở Nội vụ trước ngày 12/6.', o)).toEqual([
      { lead: ['Phòng Nội vụ'], support: [], task: 'rà soát hồ sơ thi đua', kind: 'none', iso: null },
      { lead: ['Phòng Nội vụ'], support: [], task: 'kết quả gửi Sở Nội vụ trước ngày 12/6', kind: 'date', iso: '2024-06-12' },
    ]);
    expect(brief('Các xã chủ trì kiểm kê rừng, phối hợp với Hạt Kiểm lâm lập bản đồ; báo cáo kết quả về UBND huyện trong tháng 7.', o).map((i) => [i.lead, i.task, i.iso])).toEqual([
      [['Các xã'], 'chủ trì kiểm kê rừng, phối hợp với Hạt Kiểm lâm lập bản đồ', null],
      [['Các xã'], 'báo cáo kết quả về UBND huyện trong tháng 7', '2024-07-31'],
    ]);
    expect(brief('Giao Phòng Nội vụ rà soát hồ sơ thi đua. Kết quả gửi Sở Nội vụ trước ngày 12/6.', o)).toHaveLength(1);
    // Objects of one verb stay one item: "kết quả" without a verb of delivery is not a delivery.
    expect(brief('Sở Y tế tổng hợp số ca mắc; kết quả xét nghiệm của các huyện.', o)).toHaveLength(1);
  });
});

describe('a Roman part heading with a time frame dates its entries', () => {
  const text =
    'I. Kết quả thực hiện tháng 3/2016\nCác phòng đã hoàn thành kế hoạch.\nII. Nhiệm vụ trọng tâm trong tháng 4/2016\n1. Phòng Tư pháp: thẩm định các văn bản quy phạm pháp luật.\n2. Phòng Y tế: kiểm tra an toàn thực phẩm trước ngày 15/4/2016.\n3. Đối với Trung tâm Văn hóa huyện:\n- Tổ chức giải bóng chuyền.\nIII. Tổ chức thực hiện\nGiao Văn phòng HĐND - UBND huyện theo dõi, đôn đốc.';
  it('entries without their own deadline take it, headings under it too; the next part resets it', () => {
    expect(brief(text, { docDate: '2016-04-01' }).map((i) => [i.lead, i.iso])).toEqual([
      [['Phòng Tư pháp'], '2016-04-30'],
      [['Phòng Y tế'], '2016-04-15'],
      [['Trung tâm Văn hóa huyện'], '2016-04-30'],
      [['Văn phòng HĐND - UBND huyện'], null],
    ]);
  });

  it('a part heading without a time frame still closes the list before it', () => {
    expect(brief('Giao các xã:\n- Rà soát hộ nghèo.\nII. Tổ chức thực hiện\n- Tuyên truyền rộng rãi.').map((i) => i.lead)).toEqual([['các xã']]);
  });
});

describe('a clause reporting progress so far is an assessment', () => {
  const o = { docDate: '2022-09-10' };
  it('"… nhưng đến nay vẫn chưa …", "đến nay đạt …", "còn 37 hộ chưa …" give no item; the directive clauses do', () => {
    const items = brief(
      'Theo kế hoạch, UBND huyện Nam Sách phải hoàn thành bàn giao mặt bằng trước ngày 30/6/2022 nhưng đến nay vẫn chưa đạt. Ban Quản lý dự án tỉnh đẩy nhanh thi công, đến nay đạt 64% khối lượng; còn 12 hộ chưa nhận tiền bồi thường; khẩn trương hoàn thiện hồ sơ quyết toán.',
      o,
    );
    expect(items.map((i) => [i.lead, i.task])).toEqual([[['Ban Quản lý dự án tỉnh'], 'khẩn trương hoàn thiện hồ sơ quyết toán']]);
  });

  it('"từ … đến nay" only bounds a span inside a directive', () => {
    expect(run('Yêu cầu Sở Tài nguyên và Môi trường rà soát các dự án từ năm 2018 đến nay chưa đưa đất vào sử dụng.', o)[0].task).toBe(
      'rà soát các dự án từ năm 2018 đến nay chưa đưa đất vào sử dụng',
    );
  });
});

describe('a group\'s members listed after a colon', () => {
  it('belong to the lead when a verb follows them; a label or a heading keeps its colon', () => {
    expect(brief('UBND các quận: Hoàn Kiếm, Ba Đình và Tây Hồ rà soát các tuyến phố đi bộ.').map((i) => [i.lead, i.task])).toEqual([
      [['UBND các quận: Hoàn Kiếm, Ba Đình và Tây Hồ'], 'rà soát các tuyến phố đi bộ'],
    ]);
    expect(brief('Tham dự có đại diện các sở: Xây dựng, Tài chính; Cục Thuế tỉnh.')).toEqual([]);
    expect(brief('UBND các xã:\n- Rà soát hộ nghèo.').map((i) => i.lead)).toEqual([['UBND các xã']]);
  });
});

describe('prohibitions are directives', () => {
  it('"không để", "không được" open a task after a subject and in a ";" clause; a bare "không" + verb is a report', () => {
    expect(brief('Công an huyện tăng cường tuần tra ban đêm; không để xảy ra đua xe trái phép.').map((i) => [i.lead, i.task])).toEqual([
      [['Công an huyện'], 'tăng cường tuần tra ban đêm'],
      [['Công an huyện'], 'không để xảy ra đua xe trái phép'],
    ]);
    expect(brief('Các trường học không được thu thêm các khoản ngoài quy định.').map((i) => [i.lead, i.task])).toEqual([
      [['Các trường học'], 'không được thu thêm các khoản ngoài quy định'],
    ]);
    expect(brief('Phòng Tài chính không cho phép chi sai mục đích.').map((i) => i.task)).toEqual(['không cho phép chi sai mục đích']);
    expect(brief('Sở Xây dựng không thực hiện kiểm tra định kỳ trong năm qua.')).toEqual([]);
  });
});

describe('title-case names', () => {
  it.each([
    ['Phòng Đào tạo hoàn thiện chương trình học phần.', ['Phòng Đào tạo'], 'hoàn thiện chương trình học phần'],
    ['Trung tâm Công nghệ thông tin khẩn trương nâng cấp máy chủ.', ['Trung tâm Công nghệ thông tin'], 'khẩn trương nâng cấp máy chủ'],
    ['Phòng Kế hoạch tổng hợp rà soát lịch trực.', ['Phòng Kế hoạch tổng hợp'], 'rà soát lịch trực'],
    ['Phòng Vật tư, Thiết bị y tế bổ sung bình ô xy.', ['Phòng Vật tư, Thiết bị y tế'], 'bổ sung bình ô xy'],
    ['Phòng Quản lý đô thị khơi thông cống thoát nước.', ['Phòng Quản lý đô thị'], 'khơi thông cống thoát nước'],
  ])('a field or verb opened by the capitalised syllable stays in the name: %s', (text, lead, task) => {
    expect(brief(text).map((i) => [i.lead, i.task])).toEqual([[lead, task]]);
  });

  it('a verb after a complete name is still the task', () => {
    expect(brief('Sở Du lịch thiết lập đường dây nóng.').map((i) => [i.lead, i.task])).toEqual([[['Sở Du lịch'], 'thiết lập đường dây nóng']]);
    expect(brief('UBND tỉnh Quảng Nam đào tạo nghề cho lao động nông thôn.').map((i) => i.lead)).toEqual([['UBND tỉnh Quảng Nam']]);
  });
});

describe('emphasis before a comma introduces the speaker\'s words', () => {
  it('a party named after the comma is addressed; without one the speaker is not given the sentence', () => {
    expect(brief('Thứ trưởng cũng lưu ý, Sở Xây dựng cần kiểm tra chất lượng công trình.').map((i) => [i.lead, i.task])).toEqual([
      [['Sở Xây dựng'], 'cần kiểm tra chất lượng công trình'],
    ]);
    expect(brief('Phó Chủ tịch UBND huyện nhấn mạnh, các xã phải hoàn thành thu thuế.').map((i) => i.lead)).toEqual([['các xã']]);
    expect(brief('Giám đốc Sở Y tế cũng lưu ý, mùa mưa năm nay dịch sốt xuất huyết có thể tăng.')).toEqual([]);
    // Without the comma an emphasis verb of a position is its own task.
    expect(brief('Giám đốc Sở Nội vụ nhắc nhở cán bộ chấp hành giờ giấc.').map((i) => i.lead)).toEqual([['Giám đốc Sở Nội vụ']]);
  });
});

describe('an issuer\'s cue opening a ";" clause', () => {
  it('addresses its own party, after an approval or after another addressee\'s task', () => {
    expect(brief('Thống nhất chủ trương mở rộng cụm công nghiệp; giao Sở Công Thương hướng dẫn hồ sơ.').map((i) => [i.lead, i.task])).toEqual([
      [['Sở Công Thương'], 'hướng dẫn hồ sơ'],
    ]);
    expect(brief('Đồng ý về chủ trương; đồng thời đề nghị UBND huyện bố trí vốn đối ứng.').map((i) => [i.lead, i.task])).toEqual([
      [['UBND huyện'], 'bố trí vốn đối ứng'],
    ]);
    expect(brief('Sở Tài chính rà soát nguồn vốn; giao Kho bạc Nhà nước tỉnh giải ngân kịp thời.').map((i) => [i.lead, i.task])).toEqual([
      [['Sở Tài chính'], 'rà soát nguồn vốn'],
      [['Kho bạc Nhà nước tỉnh'], 'giải ngân kịp thời'],
    ]);
  });

  it('"chỉ đạo" there is the addressee directing its own units, and an approval alone is no item', () => {
    expect(brief('Sở Y tế tăng cường giám sát dịch; chỉ đạo các bệnh viện chuẩn bị giường bệnh.').map((i) => i.lead)).toEqual([['Sở Y tế'], ['Sở Y tế']]);
    expect(brief('Thống nhất chủ trương mở rộng cụm công nghiệp; bổ sung vào quy hoạch tỉnh.')).toEqual([]);
  });
});

describe('a cue word after "Về" is a noun', () => {
  it('"Về đề nghị …: giao X …" addresses X, not the last addressee', () => {
    const text = 'UBND huyện rà soát quỹ đất.\nVề đề nghị xây trường mầm non: giao Sở Giáo dục và Đào tạo khảo sát, đề xuất.\nVề yêu cầu nâng cấp đê: đề nghị Sở Nông nghiệp và Phát triển nông thôn kiểm tra hiện trạng.';
    expect(brief(text).map((i) => [i.lead, i.task])).toEqual([
      [['UBND huyện'], 'rà soát quỹ đất'],
      [['Sở Giáo dục và Đào tạo'], 'khảo sát, đề xuất'],
      [['Sở Nông nghiệp và Phát triển nông thôn'], 'kiểm tra hiện trạng'],
    ]);
    expect(brief('Về đề nghị xây trường mầm non, hội nghị ghi nhận.')).toEqual([]);
  });
});

describe('an office named after the bodies it serves', () => {
  it('is one lead when its first body has no place of its own; with one, "và" joins two bodies', () => {
    expect(brief('Văn phòng HĐND và UBND thị xã chuẩn bị tài liệu kỳ họp.').map((i) => i.lead)).toEqual([['Văn phòng HĐND và UBND thị xã']]);
    expect(brief('Giao Văn phòng Đoàn ĐBQH và HĐND tỉnh tổng hợp ý kiến cử tri.').map((i) => i.lead)).toEqual([['Văn phòng Đoàn ĐBQH và HĐND tỉnh']]);
    expect(brief('Văn phòng Huyện ủy và UBND huyện theo dõi việc thực hiện.').map((i) => i.lead)).toEqual([['Văn phòng Huyện ủy', 'UBND huyện']]);
    expect(brief('Văn phòng UBND tỉnh và Sở Nội vụ rà soát biên chế.').map((i) => i.lead)).toEqual([['Văn phòng UBND tỉnh', 'Sở Nội vụ']]);
  });
});

describe('"tiếp thu" chained to work verbs is the chair\'s directive', () => {
  it.each([
    ['Ban Tuyên giáo Huyện ủy tiếp thu ý kiến các đại biểu, chỉnh sửa đề cương, trình Thường trực Huyện ủy.', ['Ban Tuyên giáo Huyện ủy'], 'tiếp thu ý kiến các đại biểu, chỉnh sửa đề cương, trình Thường trực Huyện ủy'],
    ['Phòng Tư pháp tiếp thu đầy đủ góp ý, hoàn chỉnh quy chế.', ['Phòng Tư pháp'], 'tiếp thu đầy đủ góp ý, hoàn chỉnh quy chế'],
    ['Thanh tra huyện tiếp thu ý kiến tại buổi làm việc, hoàn thiện báo cáo.', ['Thanh tra huyện'], 'tiếp thu ý kiến tại buổi làm việc, hoàn thiện báo cáo'],
  ])('%s', (text, lead, task) => {
    expect(brief(text)).toMatchObject([{ lead, task }]);
  });

  it('alone, or with "sẽ", it is a participant\'s pledge', () => {
    expect(run('Sở Công Thương tiếp thu các ý kiến đóng góp.')).toEqual([]);
    expect(run('Phòng Tư pháp tiếp thu ý kiến, sẽ hoàn chỉnh quy chế.')).toEqual([]);
  });
});

describe('a head that reads as a verb is a name before a place word and a verb', () => {
  it('"Thanh tra tỉnh chuyển …", not "Thanh tra xã A …"', () => {
    expect(brief('Thanh tra tỉnh chuyển hồ sơ vụ việc sang cơ quan điều tra.')).toMatchObject([{ lead: ['Thanh tra tỉnh'], task: 'chuyển hồ sơ vụ việc sang cơ quan điều tra' }]);
    expect(brief('Thanh tra huyện khẩn trương kết luận vụ việc.')).toMatchObject([{ lead: ['Thanh tra huyện'] }]);
    expect(brief('Giao UBND huyện:\n- Thanh tra xã Đông Sơn về quản lý đất công.')).toMatchObject([{ lead: ['UBND huyện'], task: 'Thanh tra xã Đông Sơn về quản lý đất công' }]);
  });
});

describe('a passive qualifier of a group subject before an obligation belongs to its name', () => {
  it.each([
    ['Các trường được kiểm tra có trách nhiệm khắc phục tồn tại.', ['Các trường được kiểm tra'], 'có trách nhiệm khắc phục tồn tại'],
    ['Những đơn vị được giao vốn cần giải ngân trước ngày 30/9.', ['Những đơn vị được giao vốn'], 'cần giải ngân trước ngày 30/9'],
    ['Các doanh nghiệp được thanh tra phải nộp tiền phạt vào ngân sách.', ['Các doanh nghiệp được thanh tra'], 'phải nộp tiền phạt vào ngân sách'],
  ])('%s', (text, lead, task) => {
    expect(brief(text)).toMatchObject([{ lead, task }]);
  });

  it('without an obligation after it, the group was acted on: a report', () => {
    expect(run('Các hộ dân được hỗ trợ xây dựng nhà ở.')).toEqual([]);
    expect(run('Các trường được kiểm tra đều đạt chuẩn.')).toEqual([]);
  });
});

describe('a region with its proper name closes a long name, as a place word does', () => {
  it.each([
    ['Tổng công ty Bảo đảm an toàn hàng hải miền Bắc khẩn trương khảo sát luồng.', 'Tổng công ty Bảo đảm an toàn hàng hải miền Bắc'],
    ['Công ty Quản lý khai thác công trình thủy lợi khu vực Tây Nguyên rà soát hồ đập.', 'Công ty Quản lý khai thác công trình thủy lợi khu vực Tây Nguyên'],
  ])('%s', (text, lead) => {
    expect(brief(text).map((i) => i.lead)).toEqual([[lead]]);
  });

  it('a region without a proper name does not', () => {
    expect(brief('Tổng công ty Bảo đảm an toàn hàng hải miền biển khảo sát luồng.').map((i) => i.lead)).not.toContainEqual(['Tổng công ty Bảo đảm an toàn hàng hải miền biển']);
  });
});

describe('"công bố" opens a task of its own after ";"', () => {
  it('splits; a list of objects after ";" still does not', () => {
    expect(brief('Giao Sở Y tế rà soát các cơ sở khám bệnh; công bố danh sách cơ sở đủ điều kiện trên cổng thông tin.').map((i) => i.task)).toEqual([
      'rà soát các cơ sở khám bệnh',
      'công bố danh sách cơ sở đủ điều kiện trên cổng thông tin',
    ]);
    expect(brief('Giao Sở Y tế rà soát các cơ sở khám bệnh; cơ sở bán lẻ thuốc.')).toHaveLength(1);
  });
});

describe('places named by number, and further places after a body named for one', () => {
  it.each([
    ['UBND phường 12 rà soát các hộ nghèo.', ['UBND phường 12']],
    ['Đề nghị UBND quận 1, quận 5 và quận Bình Thạnh đẩy nhanh giải phóng mặt bằng.', ['UBND quận 1, quận 5 và quận Bình Thạnh']],
    ['UBND huyện Gia Lâm, huyện Đông Anh khẩn trương bàn giao mặt bằng.', ['UBND huyện Gia Lâm, huyện Đông Anh']],
  ])('%s', (text, lead) => {
    expect(brief(text).map((i) => i.lead)).toEqual([lead]);
  });

  it('a body that is not named for a place takes no bare place, and a count is no place name', () => {
    expect(brief('Sở Xây dựng, huyện Gia Lâm rà soát quy hoạch.').map((i) => i.lead)).not.toContainEqual(['Sở Xây dựng, huyện Gia Lâm']);
    expect(brief('UBND huyện 2 năm liền hoàn thành kế hoạch.')).toEqual([]);
  });
});

describe('a ";" clause "trường hợp … thì <verb>" is a task of its own', () => {
  it('splits with the same parties and its own deadline', () => {
    const items = brief('Giao UBND xã Tân Phú vận động các hộ tháo dỡ công trình lấn chiếm; trường hợp không tự giác chấp hành thì tổ chức cưỡng chế, hoàn thành trước ngày 15/6.');
    expect(items.map((i) => [i.lead, i.task, i.iso])).toEqual([
      [['UBND xã Tân Phú'], 'vận động các hộ tháo dỡ công trình lấn chiếm', null],
      [['UBND xã Tân Phú'], 'trường hợp không tự giác chấp hành thì tổ chức cưỡng chế, hoàn thành trước ngày 15/6', '2021-06-15'],
    ]);
    expect(brief('Sở Tài chính thẩm định dự toán; nếu vượt định mức thì báo cáo UBND tỉnh.')).toHaveLength(2);
  });

  it('"thì" before no directive lists objects of the previous verb', () => {
    expect(brief('Giao UBND xã Tân Phú thống kê các hộ chưa bàn giao; hộ nào khó khăn thì ghi rõ.')).toHaveLength(1);
  });
});

describe('"có" + what its members have qualifies a group subject', () => {
  it.each([
    ['UBND các xã có rừng phòng hộ tăng cường tuần tra.', ['UBND các xã có rừng phòng hộ'], 'tăng cường tuần tra'],
    ['Các địa phương có tuyến đường sắt đi qua khẩn trương bàn giao mặt bằng.', ['Các địa phương có tuyến đường sắt đi qua'], 'khẩn trương bàn giao mặt bằng'],
    ['Đề nghị UBND các huyện, thị xã có biển chỉ đạo ngư dân neo đậu tàu thuyền.', ['UBND các huyện, thị xã có biển'], 'chỉ đạo ngư dân neo đậu tàu thuyền'],
  ])('%s', (text, lead, task) => {
    expect(brief(text)).toMatchObject([{ lead, task }]);
  });

  it('a plan, a measure or a duty after "có" is the task', () => {
    expect(brief('UBND các huyện có kế hoạch tổ chức tập huấn.')).toMatchObject([{ lead: ['UBND các huyện'], task: 'có kế hoạch tổ chức tập huấn' }]);
    expect(brief('Các địa phương có giải pháp hỗ trợ hộ nghèo.')).toMatchObject([{ lead: ['Các địa phương'], task: 'có giải pháp hỗ trợ hộ nghèo' }]);
    expect(brief('Các sở có trách nhiệm rà soát thủ tục.')).toMatchObject([{ lead: ['Các sở'], task: 'có trách nhiệm rà soát thủ tục' }]);
  });
});

describe('a name whose head the lexicon lacks, by its shape before a directive', () => {
  it.each([
    ['Phân viện khảo cổ Nam Trung Bộ tiếp tục chỉnh lý hiện vật.', ['Phân viện khảo cổ Nam Trung Bộ'], 'tiếp tục chỉnh lý hiện vật'],
    ['Xưởng đóng tàu Hạ Long khẩn trương bàn giao tàu kiểm ngư.', ['Xưởng đóng tàu Hạ Long'], 'khẩn trương bàn giao tàu kiểm ngư'],
    ['Thư viện tỉnh cần mở rộng giờ phục vụ.', ['Thư viện tỉnh'], 'cần mở rộng giờ phục vụ'],
    ['Trạm thủy văn Cẩm Lệ chủ động cập nhật mực nước.', ['Trạm thủy văn Cẩm Lệ'], 'chủ động cập nhật mực nước'],
    ['Lâm trường Sông Kôn sớm trả đất cho địa phương.', ['Lâm trường Sông Kôn'], 'sớm trả đất cho địa phương'],
    ['Đề nghị Nông trường chè Mộc Châu phải có trách nhiệm hoàn trả đất.', ['Nông trường chè Mộc Châu'], 'phải có trách nhiệm hoàn trả đất'],
  ])('%s', (text, lead, task) => {
    expect(brief(text)).toMatchObject([{ lead, task }]);
  });

  it('"phối hợp với Y" after such a name gives support Y', () => {
    expect(brief('Xí nghiệp thoát nước Hòa Bình phối hợp với UBND phường Quang Trung nạo vét cống.')).toMatchObject([
      { lead: ['Xí nghiệp thoát nước Hòa Bình'], support: ['UBND phường Quang Trung'], task: 'nạo vét cống' },
    ]);
  });

  it('the heads of parks, prisons, reserves, museums, ports, rehab centres and plants are in the lexicon', () => {
    expect(run('Vườn quốc gia Yok Đôn và Cảng Quy Nhơn tăng cường kiểm tra.')[0].lead).toEqual(['Vườn quốc gia Yok Đôn', 'Cảng Quy Nhơn']);
    expect(run('Giao Trại giam Nam Hà, Nhà máy Z179 rà soát hồ sơ.')[0].lead).toEqual(['Trại giam Nam Hà', 'Nhà máy Z179']);
    expect(run('Cơ sở cai nghiện ma túy tỉnh tiếp nhận học viên.')[0].lead).toEqual(['Cơ sở cai nghiện ma túy tỉnh']);
  });

  it.each([
    'Tiếp tục rà soát các thủ tục hành chính.',
    'Năm 2023 tỉnh đạt mức tăng trưởng 7,5%.',
    'Năm nay tỉnh cần tăng thu ngân sách.',
    'Hội nghị thống nhất thông qua kế hoạch.',
    'Lê Thị Hoa cho biết sẽ hoàn thành sớm.',
    'Dự án đường ven biển Bình Định phải hoàn thành đúng hạn.',
    'Thời tiết miền Trung cần được theo dõi chặt chẽ.',
    'Sau đó tỉnh cần tổng kết.',
    'Cuối năm huyện cần tổng kết phong trào.',
  ])('no party: %s', (text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('a coined word or an acronym as a name', () => {
  it.each([
    ['Sabeco tiếp tục hỗ trợ vùng lũ.', ['Sabeco'], 'tiếp tục hỗ trợ vùng lũ'],
    ['Mobifone cần bảo đảm thông tin liên lạc.', ['Mobifone'], 'cần bảo đảm thông tin liên lạc'],
    ['Petrolimex cũng cần bình ổn giá xăng dầu.', ['Petrolimex'], 'cũng cần bình ổn giá xăng dầu'],
    ['EVNSPC phải cấp điện ổn định cho khu công nghiệp.', ['EVNSPC'], 'phải cấp điện ổn định cho khu công nghiệp'],
    ['Đề nghị Vinafood khẩn trương xuất cấp gạo.', ['Vinafood'], 'khẩn trương xuất cấp gạo'],
  ])('%s', (text, lead, task) => {
    expect(brief(text)).toMatchObject([{ lead, task }]);
  });

  it.each(['Ngoài ra, cần rà soát thủ tục.', 'Đồng thời cần báo cáo kết quả.', 'Theo đó, cần rà soát thủ tục.', 'Nay cần rà soát thủ tục.'])(
    'a common word opening a sentence is no name: %s',
    (text) => {
      expect(run(text)).toEqual([]);
    },
  );
});

describe('qualifiers after a group subject', () => {
  it('"tại/ở" + a place before the directive belongs to the lead', () => {
    expect(brief('Các lực lượng chức năng tại khu vực biên giới thường xuyên tuần tra.')).toMatchObject([
      { lead: ['Các lực lượng chức năng tại khu vực biên giới'], task: 'thường xuyên tuần tra', kind: 'ongoing' },
    ]);
    expect(brief('Các hộ dân ở vùng sạt lở cần di dời.')).toMatchObject([{ lead: ['Các hộ dân ở vùng sạt lở'], task: 'cần di dời' }]);
  });

  it('a group acted on past its place is not addressed', () => {
    expect(run('Các địa phương tại vùng lũ được hỗ trợ 5 tỷ đồng.')).toEqual([]);
  });

  it('"theo lĩnh vực được phân công" between subject and verb opens the task (as in the gold), not the lead or a deadline', () => {
    expect(brief('Các thành viên Ban Chỉ đạo theo lĩnh vực được phân công kịp thời hướng dẫn cơ sở.')).toEqual([
      { lead: ['Các thành viên Ban Chỉ đạo'], support: [], task: 'theo lĩnh vực được phân công kịp thời hướng dẫn cơ sở', kind: 'none', iso: null },
    ]);
    expect(brief('Sở Tài chính, Sở Nội vụ theo lĩnh vực phụ trách rà soát định mức.')).toMatchObject([
      { lead: ['Sở Tài chính', 'Sở Nội vụ'], task: 'theo lĩnh vực phụ trách rà soát định mức', kind: 'none' },
    ]);
  });
});

describe('a Party body heading its "Chỉ đạo …" entries', () => {
  it('an unnumbered heading line naming the body leads its bullets, which keep "Chỉ đạo"', () => {
    expect(brief('Ban cán sự đảng UBND tỉnh\n- Chỉ đạo Sở Tài chính bố trí kinh phí.\n- Chỉ đạo các sở rà soát biên chế.').map((i) => [i.lead, i.task])).toEqual([
      [['Ban cán sự đảng UBND tỉnh'], 'Chỉ đạo Sở Tài chính bố trí kinh phí'],
      [['Ban cán sự đảng UBND tỉnh'], 'Chỉ đạo các sở rà soát biên chế'],
    ]);
    expect(brief('Đảng đoàn Hội Nông dân tỉnh\n- Chỉ đạo Ban Thường vụ Hội tuyên truyền.')).toMatchObject([
      { lead: ['Đảng đoàn Hội Nông dân tỉnh'], task: 'Chỉ đạo Ban Thường vụ Hội tuyên truyền' },
    ]);
  });

  it('a lead-in naming the body does the same', () => {
    expect(brief('Đề nghị Đảng đoàn MTTQ tỉnh lãnh đạo, chỉ đạo:\n- Chỉ đạo các tổ chức thành viên giám sát.')).toMatchObject([
      { lead: ['Đảng đoàn MTTQ tỉnh'], task: 'Chỉ đạo các tổ chức thành viên giám sát' },
    ]);
  });

  it('entries opening with a capitalised verb, bulleted or not, and their ";" clauses are the body\'s items', () => {
    const o = { docDate: '2012-04-02' };
    const want = [
      [['Đảng đoàn Hội Liên hiệp Phụ nữ tỉnh'], 'Quản lý chặt chẽ nguồn vốn vay ủy thác', 'none'],
      [['Đảng đoàn Hội Liên hiệp Phụ nữ tỉnh'], 'Sơ kết mô hình tiết kiệm', 'none'],
      [['Đảng đoàn Hội Liên hiệp Phụ nữ tỉnh'], 'báo cáo Ban Dân vận Tỉnh ủy trong quý IV năm 2012', 'period'],
    ];
    const entries = ['Quản lý chặt chẽ nguồn vốn vay ủy thác.', 'Sơ kết mô hình tiết kiệm; báo cáo Ban Dân vận Tỉnh ủy trong quý IV năm 2012.'];
    for (const heading of ['Đề nghị Đảng đoàn Hội Liên hiệp Phụ nữ tỉnh lãnh đạo, chỉ đạo:', 'Đối với Đảng đoàn Hội Liên hiệp Phụ nữ tỉnh:']) {
      for (const bullet of ['- ', '']) {
        const text = [heading, ...entries.map((e) => bullet + e), 'Văn phòng Tỉnh ủy theo dõi, đôn đốc.'].join('\n');
        expect(brief(text, o).map((i) => [i.lead, i.task, i.kind])).toEqual([...want, [['Văn phòng Tỉnh ủy'], 'theo dõi, đôn đốc', 'none']]);
      }
    }
  });

  it('unmarked lines after a lead-in stay its entries only while they open with a verb', () => {
    expect(brief('Đề nghị Đảng đoàn Hội Cựu chiến binh tỉnh lãnh đạo, chỉ đạo:\nQuản lý hội viên.\nSố hội viên năm 2011 tăng 3%.\nTổng kết phong trào.').map((i) => i.task)).toEqual([
      'Quản lý hội viên',
    ]);
  });

  it('"quản lý" after a group head still qualifies its name', () => {
    expect(brief('Các đơn vị quản lý cầu cảng tăng cường tuần tra.')).toMatchObject([{ lead: ['Các đơn vị quản lý cầu cảng'], task: 'tăng cường tuần tra' }]);
    expect(brief('Đề nghị UBND huyện xây trường học; quản lý chặt chẽ nguồn vốn.').map((i) => i.task)).toEqual(['xây trường học', 'quản lý chặt chẽ nguồn vốn']);
  });

  it('a party line followed by plain paragraphs heads nothing', () => {
    expect(brief('Ban cán sự đảng UBND tỉnh\nChỉ đạo Sở Tài chính bố trí kinh phí.')).toMatchObject([{ lead: ['Sở Tài chính'], task: 'bố trí kinh phí' }]);
  });
});

describe('statements are not directives, even where they continue an addressee', () => {
  it.each([
    ['a tense marker with no subject', 'Đề nghị Sở Công Thương kiểm soát giá xăng dầu. Đã lập 6 đoàn kiểm tra thị trường.'],
    ['"đang" with no subject', 'Đề nghị Sở Công Thương kiểm soát giá xăng dầu. Đồng thời, đang rà soát các cửa hàng bán lẻ.'],
    ['a passive with no subject', 'Đề nghị Sở Công Thương kiểm soát giá xăng dầu. Được Bộ Công Thương đánh giá cao.'],
    ['a percentage as subject', 'Đề nghị Sở Công Thương kiểm soát giá xăng dầu. 90% cửa hàng xăng dầu được niêm yết giá.'],
    ['a time adverbial, a subject and "đã"', 'Đề nghị Sở Công Thương kiểm soát giá xăng dầu. Năm 2020, tỉnh đã cơ bản hoàn thành quy hoạch chợ.'],
    ['"Từ đầu năm đến nay", then "vừa"', 'Đề nghị Sở Công Thương kiểm soát giá xăng dầu. Từ đầu năm đến nay, ngành vừa xử lý 40 vụ vi phạm.'],
  ])('%s', (_, text) => {
    expect(brief(text).map((i) => i.task)).toEqual(['kiểm soát giá xăng dầu']);
  });

  it('as an entry of an addressed list or a ";" clause of an addressed sentence', () => {
    expect(brief('Giao Sở Nông nghiệp và Phát triển nông thôn:\n- Kiểm tra hệ thống đê điều.\n- Vừa hoàn thành gia cố 3 km đê.\n- 100% hồ chứa được kiểm định an toàn.\n- Năm 2020, huyện đã trồng mới 200 ha rừng.').map((i) => i.task)).toEqual([
      'Kiểm tra hệ thống đê điều',
    ]);
    expect(brief('Giao Sở Nông nghiệp và Phát triển nông thôn kiểm tra đê điều; 95% hồ chứa đã được kiểm định; cống tiêu được nạo vét.').map((i) => i.task)).toEqual([
      'kiểm tra đê điều',
    ]);
  });

  it('a directive with "đã" or "được" inside, a cue or an obligation after the marker, or a case with "thì" stays', () => {
    expect(brief('Đề nghị Sở Công Thương kiểm soát giá. Rà soát các cửa hàng đã được cấp phép.').map((i) => i.task)).toEqual([
      'kiểm soát giá',
      'Rà soát các cửa hàng đã được cấp phép',
    ]);
    expect(brief('Đề nghị Sở Công Thương kiểm soát giá; các chợ đã được nâng cấp phải bố trí bảo vệ.').map((i) => i.task)).toEqual([
      'kiểm soát giá',
      'các chợ đã được nâng cấp phải bố trí bảo vệ',
    ]);
    expect(brief('Giao UBND xã Tân An vận động di dời; trường hợp đã vận động nhưng không chấp hành thì lập hồ sơ cưỡng chế.').map((i) => i.task)).toEqual([
      'vận động di dời',
      'trường hợp đã vận động nhưng không chấp hành thì lập hồ sơ cưỡng chế',
    ]);
    expect(brief('Trong năm 2021, đồng chí Chủ tịch đã yêu cầu Sở Tư pháp phổ biến pháp luật.')).toMatchObject([{ lead: ['Sở Tư pháp'], task: 'phổ biến pháp luật' }]);
  });
});

describe('the speaking body\'s own pledges are not items', () => {
  it.each([
    ['after "cho biết"', 'Đề nghị Thị ủy Ayun Pa giữ vững an ninh. Về kiến nghị của thị xã, đồng chí Phó Bí thư ghi nhận và cho biết Ban Thường vụ Tỉnh ủy sẽ xem xét, giải quyết.'],
    ['a topic phrase, then the body\'s "sẽ"', 'Đề nghị Thị ủy Ayun Pa giữ vững an ninh. Đối với đề xuất của thị xã về mở rộng bệnh viện, Ban Thường vụ Tỉnh ủy sẽ xem xét, cân đối.'],
    ['a ";" clause with the body\'s "sẽ"', 'Đề nghị Thị ủy Ayun Pa giữ vững an ninh; Ban Thường vụ Tỉnh ủy sẽ xem xét hỗ trợ kinh phí.'],
    ['a bare unit\'s "sẽ" after a time adverbial', 'Đề nghị Thị ủy Ayun Pa giữ vững an ninh. Thời gian tới, tỉnh cũng sẽ quan tâm hỗ trợ thị xã.'],
  ])('%s', (_, text) => {
    expect(brief(text)).toMatchObject([{ lead: ['Thị ủy Ayun Pa'], task: 'giữ vững an ninh' }]);
  });

  it('a topic phrase is never the lead: the party after it is, or nothing', () => {
    expect(brief('Đối với đề xuất của thị xã về mở rộng bệnh viện, giao Sở Y tế khảo sát.')).toMatchObject([{ lead: ['Sở Y tế'], task: 'khảo sát' }]);
    expect(brief('Đối với đề xuất của UBND thị xã về mở rộng bệnh viện, UBND tỉnh sẽ xem xét.')).toEqual([]);
    expect(brief('Về đề xuất của thị xã về mở rộng bệnh viện, đồng chí Phó Bí thư thống nhất chủ trương và giao Sở Y tế khảo sát.')).toMatchObject([
      { lead: ['Sở Y tế'], task: 'khảo sát' },
    ]);
  });
});

describe('a bare capitalised back-reference after a connector', () => {
  it.each([
    ['Giao Vườn quốc gia Bù Gia Mập tuần tra rừng. Cùng với đó, Vườn cần phối hợp với Hạt Kiểm lâm kiểm đếm động vật.', 'Vườn', ['Hạt Kiểm lâm'], 'cần phối hợp với Hạt Kiểm lâm kiểm đếm động vật'],
    ['Đề nghị Trung tâm Kiểm soát bệnh tật tỉnh giám sát dịch. Bên cạnh đó, Trung tâm phải dự trữ đủ vật tư.', 'Trung tâm', [], 'phải dự trữ đủ vật tư'],
    ['Đề nghị Hội Cựu chiến binh tỉnh vận động hội viên. Ngoài ra, Hội cần tổng kết mô hình tự quản.', 'Hội', [], 'cần tổng kết mô hình tự quản'],
    ['Giao Trại giam Xuân Phước rà soát phạm nhân. Đồng thời, Trại cần tổ chức dạy nghề.', 'Trại', [], 'cần tổ chức dạy nghề'],
  ])('%s', (text, lead, support, task) => {
    expect(brief(text)[1]).toMatchObject({ lead: [lead], support, task });
  });

  it('a capitalised word that is not the start of the addressee\'s name refers to nothing', () => {
    expect(brief('Giao Vườn quốc gia Bù Gia Mập tuần tra rừng. Cùng với đó, Trại cần tổ chức dạy nghề.').map((i) => i.lead)).not.toContainEqual(['Trại']);
    expect(brief('Giao Vườn quốc gia Bù Gia Mập tuần tra rừng. Cùng với đó, cần kiểm đếm động vật.')[1]).toMatchObject({
      lead: ['Vườn quốc gia Bù Gia Mập'],
    });
  });
});
