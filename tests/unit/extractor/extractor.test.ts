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
