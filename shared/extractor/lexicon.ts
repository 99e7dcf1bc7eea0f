// Owns the extractor's built-in Vietnamese vocabulary: the shapes of unit and position names, the verbs that
// open a directive, the words that end a name, cue verbs and sentence connectors. Generic administrative
// language only (no names from any particular document); parties.ts and index.ts give it meaning.
import { PhraseSet } from './tokens';

/** Words that make a group of the head after them ("các sở", "những đơn vị"). */
export const DETERMINERS = new PhraseSet(['các', 'những', 'tất cả các', 'toàn thể', 'toàn thể các', 'mỗi', 'từng', 'một số']);

/**
 * Heads of official names, written with a capital ("Sở Y tế", "Đài Phát thanh - Truyền hình tỉnh"); in lower
 * case they are ordinary words ("báo cáo", "cơ sở", "tổ chức"), so lower case counts only after a determiner.
 */
export const CAPITAL_HEADS = new PhraseSet([
  'sở', 'bộ', 'ban', 'văn phòng', 'cục', 'chi cục', 'tổng cục', 'vụ', 'viện', 'học viện', 'trung tâm', 'phòng',
  'công an', 'báo', 'đài', 'tạp chí', 'ủy ban nhân dân', 'ủy ban', 'hội đồng nhân dân', 'hội đồng',
  'mặt trận tổ quốc', 'ủy ban mặt trận tổ quốc', 'hội', 'đoàn', 'tỉnh đoàn', 'thành đoàn', 'huyện đoàn',
  'liên đoàn', 'liên đoàn lao động',
  // Visiting bodies of a news report ("Đoàn giám sát cũng đề nghị …"): "giám sát" would otherwise read as a verb.
  'đoàn giám sát', 'đoàn công tác', 'đoàn kiểm tra', 'đoàn khảo sát', 'đoàn thanh tra', 'đoàn đại biểu quốc hội', 'đảng ủy', 'đảng đoàn', 'đảng bộ', 'huyện ủy', 'tỉnh ủy', 'thành ủy',
  'quận ủy', 'thị ủy', 'ngân hàng', 'kho bạc', 'bảo hiểm xã hội', 'thanh tra', 'tòa án', 'viện kiểm sát',
  'ngành', 'tiểu ban', 'tổ', 'tổ công tác', 'công ty', 'tổng công ty', 'tập đoàn', 'trường', 'đại học',
  'bệnh viện', 'quỹ', 'điện lực', 'chính phủ', 'quốc hội', 'bộ chỉ huy', 'bộ đội', 'cảnh sát', 'chi bộ',
  'thường trực', 'liên minh', 'hải quan', 'kiểm lâm', 'hạt kiểm lâm', 'đội', 'trạm', 'cảng vụ', 'hợp tác xã',
  'nhà xuất bản', 'bưu điện', 'cơ quan', 'lực lượng', 'chính quyền', 'cấp ủy', 'chi nhánh',
  // Departments of hospitals and schools: "Khoa Cấp cứu", "Trưởng các khoa, bộ môn".
  'khoa', 'bộ môn',
  // Sites run by a unit of their own: "Vườn quốc gia Cúc Phương", "Trại giam Xuân Lộc", "Cảng hàng không Vinh".
  'vườn quốc gia', 'trại giam', 'trại tạm giam', 'khu bảo tồn', 'bảo tàng', 'cảng', 'cảng hàng không', 'cơ sở cai nghiện',
  'nhà máy', 'ban quản lý rừng phòng hộ', 'ban quản lý rừng đặc dụng', 'hạt quản lý', 'hạt quản lý đê',
]);

/**
 * What a group's members have or where they are, between the group and its directive ("UBND các xã có rừng tăng
 * cường …", "Các lực lượng chức năng tại cửa khẩu thường xuyên …"): part of the group's name.
 */
export const GROUP_QUALIFIERS = new PhraseSet(['có', 'tại', 'ở']);

/** Offices named after the bodies they serve ("Văn phòng HĐND và UBND huyện"). */
export const OFFICES = new PhraseSet(['văn phòng']);

/** Boards whose name spells out what they manage ("Ban Quản lý các khu công nghiệp", "Ban quản lý các chợ"). */
export const MANAGERS = new PhraseSet(['ban quản lý']);

/** Heads that name parties even in lower case and without a determiner ("ban soạn thảo", "chính quyền địa phương"). */
export const COMMON_HEADS = new PhraseSet([
  'ban soạn thảo', 'ban thường vụ', 'ban chấp hành', 'ban chỉ đạo', 'ban tổ chức', 'ban quản lý', 'ban cán sự',
  'ban biên tập', 'ban chỉ huy', 'tổ chức chính trị - xã hội', 'tổ chức chính trị xã hội', 'ban giám đốc', 'ban giám hiệu', 'ban bí thư', 'ban tuyên giáo', 'ban dân vận',
  'đơn vị', 'cơ quan', 'ngành', 'thành viên', 'chủ', 'lực lượng', 'chính quyền', 'cấp ủy', 'cấp ủy đảng',
  'công an', 'cảnh sát', 'địa phương', 'tổ chức đảng', 'tổ chức cơ sở đảng', 'tổ chức chính trị', 'doanh nghiệp',
  'cán bộ', 'đảng viên', 'hội viên', 'đoàn viên', 'chi bộ', 'đảng bộ', 'đoàn thể', 'tiểu ban', 'bộ phận',
  'nhà trường', 'trường học', 'chủ đầu tư', 'nhà đầu tư', 'ủy ban nhân dân', 'thường trực', 'tổ công tác',
  'công chức', 'viên chức', 'nhà thầu', 'đơn vị thi công', 'đơn vị tư vấn',
]);

/**
 * Who acts for a group of units named right after them with a determiner ("cấp ủy các chi bộ", "chính quyền các xã",
 * "lãnh đạo các sở, ngành"). Alone, "lãnh đạo" is a verb ("lãnh đạo, chỉ đạo …").
 */
export const COLLECTIVES = new PhraseSet(['cấp ủy', 'cấp ủy đảng', 'chính quyền', 'lãnh đạo', 'ban chỉ huy', 'ban thường vụ', 'thường trực']);

/**
 * Units that, capitalised and alone before a directive, name the body the meeting was with ("Xã phải sớm …",
 * "Huyện cần …"). Capitalised heads ("Sở", "Trường", "Bệnh viện", "Công ty") already name a party alone.
 */
export const BARE_UNITS = new PhraseSet(['xã', 'phường', 'thị trấn', 'huyện', 'quận', 'thị xã', 'thành phố', 'tỉnh', 'thôn', 'ấp']);

/**
 * Administrative levels, highest first. A speaker of a lower level asking a higher one ("Lãnh đạo huyện đề nghị tỉnh
 * hỗ trợ …") proposes; a directive goes the other way.
 */
export const LEVELS = [
  ['trung ương'], ['tỉnh', 'tỉnh ủy'], ['huyện', 'quận', 'thị xã', 'huyện ủy', 'quận ủy', 'thị ủy'], ['xã', 'phường', 'thị trấn'], ['thôn', 'ấp'],
].map((words) => new PhraseSet(words));
/** Words that start with a level word but name no level. */
export const NOT_LEVELS = new PhraseSet(['xã hội', 'xã viên']);

/** Verbs that also state facts ("Xã có 5 thôn", "Huyện làm được …"): alone they do not show a bare unit is addressed. */
export const FACT_VERBS = new PhraseSet(['có', 'làm', 'tạo']);

/** Heads that only name a party after a determiner ("các sở, ban, ngành", "các huyện"). */
export const GROUP_HEADS = new PhraseSet([
  'sở', 'bộ', 'ban', 'huyện', 'xã', 'quận', 'phường', 'thị xã', 'thành phố', 'thị trấn', 'tỉnh', 'ấp', 'thôn',
  'bản', 'hội', 'đoàn', 'trường', 'hộ', 'cơ sở', 'tổ', 'cấp ủy', 'nhà', 'chủ hộ', 'cá nhân', 'tập thể',
  'tổ dân phố', 'khu phố', 'khóm', 'bon', 'buôn', 'làng',
  // "các chi, đảng bộ": the usual compression of "các chi bộ, đảng bộ", one collective.
  'chi, đảng bộ',
]);

/** Abbreviated heads; any other run of capitals also counts as a name unless it is a place or a topic. */
export const ABBR_NOT_HEAD = new Set(['tp', 'tx', 'tt', 'ql', 'atgt', 'tngt', 'utgt', 'ttatgt', 'ktxh', 'kt-xh', 'covid-19', 'gdp', 'xvii', 'xiii', 'xx', 'xii', 'iii', 'iv', 'vi', 'vii', 'viii', 'ix', 'xi', 'ii']);

/** Positions: they name a party with the unit after them ("Giám đốc Công an tỉnh", "Phó Chủ tịch UBND tỉnh"). */
export const POSITIONS = new PhraseSet([
  'thủ tướng', 'phó thủ tướng', 'thủ tướng chính phủ', 'bộ trưởng', 'thứ trưởng', 'chủ tịch', 'phó chủ tịch',
  'phó chủ tịch thường trực', 'bí thư', 'phó bí thư', 'phó bí thư thường trực', 'giám đốc', 'phó giám đốc',
  'tổng giám đốc', 'trưởng ban', 'phó trưởng ban', 'chánh văn phòng', 'phó chánh văn phòng', 'chánh thanh tra',
  'thủ trưởng', 'trưởng phòng', 'phó trưởng phòng', 'cục trưởng', 'chi cục trưởng', 'viện trưởng', 'hiệu trưởng',
  'chỉ huy trưởng', 'trưởng công an', 'chủ nhiệm', 'trưởng tiểu ban', 'phó trưởng tiểu ban', 'tổng biên tập',
  'người đứng đầu', 'chủ tịch ubnd', 'trưởng đoàn', 'ủy viên', 'tỉnh ủy viên', 'huyện ủy viên', 'thành ủy viên', 'quận ủy viên',
  'thị ủy viên',
  // Bare "Trưởng" heads a place or a group: "Trưởng thôn", "Trưởng các ấp, khóm".
  'trưởng',
]);

/** Titles before a person's name or position. */
export const HONORIFICS = new PhraseSet(['đồng chí', 'đ/c', 'ông', 'bà']);

/**
 * Fields of departments and ministries: recognised whatever their capitalisation, because names such as
 * "Sở nông nghiệp và phát triển nông thôn" are often typed in lower case and contain "và".
 */
export const FIELDS = new PhraseSet([
  'nông nghiệp và phát triển nông thôn', 'nông nghiệp và môi trường', 'tài nguyên và môi trường',
  'văn hóa, thể thao và du lịch', 'văn hoá, thể thao và du lịch', 'lao động - thương binh và xã hội',
  'lao động, thương binh và xã hội', 'kế hoạch và đầu tư', 'thông tin và truyền thông', 'khoa học và công nghệ',
  'giáo dục và đào tạo', 'giao thông vận tải', 'xây dựng', 'tài chính', 'y tế', 'công thương', 'nội vụ', 'tư pháp',
  'ngoại vụ', 'ngoại giao', 'quốc phòng', 'dân tộc và tôn giáo', 'dân tộc', 'việc làm',
  // The kind of a mass organisation: "các đoàn thể chính trị - xã hội".
  'chính trị - xã hội', 'chính trị xã hội',
  // Departments of hospitals, schools and district offices ("Phòng Kế hoạch tổng hợp", "Phòng Quản lý đô thị").
  'công nghệ thông tin', 'kế hoạch tổng hợp', 'tổ chức cán bộ', 'tài chính kế toán', 'quản lý đô thị', 'quản lý chất lượng',
  'vật tư, thiết bị y tế', 'vật tư - thiết bị y tế', 'thiết bị y tế', 'đào tạo',
]);

/** Words that look like a head but name an event or an activity ("Hội nghị", "Đoàn kết", "Trường hợp"). */
export const NOT_HEADS = new PhraseSet([
  'hội nghị', 'hội thảo', 'hội thi', 'hội chợ', 'hội diễn', 'hội nhập', 'đoàn kết', 'trường hợp', 'vụ việc', 'vụ án',
  'báo cáo', 'phòng chống', 'phòng ngừa', 'ban hành', 'tổ chức', 'đội ngũ', 'trạm trộn', 'công ty hóa', 'khoa học',
  // Subjects that are work or a time, not a body, though shaped like a name: "Dự án cao tốc Bắc - Nam cần …",
  // "Năm nay tỉnh cần …".
  'công tác', 'việc', 'vấn đề', 'dự án', 'chương trình', 'kế hoạch', 'nhiệm vụ', 'hoạt động', 'phong trào', 'đề án',
  'tình hình', 'công trình', 'giải pháp', 'năm nay', 'năm tới', 'năm sau', 'tháng tới', 'hiện nay', 'sắp tới', 'cuộc',
]);

/** Words after a head that belong to the name: places, scope and "related" qualifiers. */
export const MODIFIERS = new PhraseSet([
  'tỉnh', 'huyện', 'xã', 'thành phố', 'thị xã', 'thị trấn', 'quận', 'phường', 'thôn', 'ấp', 'bản', 'khu phố',
  'tổ dân phố', 'tp', 'tx', 'trung ương', 'địa phương', 'cơ sở', 'vùng', 'nhân dân', 'nhà nước', 'liên quan',
  'có liên quan', 'khác', 'này', 'đó', 'trực thuộc', 'phụ trách địa bàn', 'phụ trách lĩnh vực', 'các cấp', 'cấp tỉnh', 'cấp huyện', 'cấp xã', 'cấp trên',
  'của tỉnh', 'của huyện', 'của xã', 'của thành phố', 'của thị xã', 'của quận', 'của trung ương', 'thuộc tỉnh',
  'thuộc huyện', 'thuộc thành phố', 'trong tiểu ban', 'trong ban', 'trong tỉnh', 'trong huyện', 'trong ngành',
  'trong ban chỉ đạo', 'trên địa bàn', 'trên địa bàn tỉnh', 'trên địa bàn huyện', 'trên địa bàn thành phố',
  'từ trung ương đến địa phương', 'từ tỉnh đến cơ sở', 'từ trung ương đến cơ sở', 'từ huyện đến cơ sở',
  'đảng', 'đảng bộ', 'huyện ủy', 'tỉnh ủy', 'thành ủy', 'quận ủy', 'thị ủy', 'tổ quốc', 'việt nam', 'thường trực',
]);

/** Words that open a region qualifying a group of places ("các tỉnh khu vực đồng bằng sông Cửu Long", "các xã vùng cao"). */
export const REGIONS = new PhraseSet([
  'khu vực', 'vùng', 'miền', 'ven biển', 'biên giới', 'dọc', 'đồng bằng', 'khu vực đồng bằng', 'vùng đồng bằng',
]);

/** Place words that, after "các", make the name a group ("UBND các huyện, thành phố"). */
export const PLACES = new PhraseSet([
  'tỉnh', 'huyện', 'xã', 'thành phố', 'thị xã', 'thị trấn', 'quận', 'phường', 'thôn', 'ấp', 'bản', 'địa phương',
  'cấp', 'sở', 'ngành', 'ban', 'đơn vị',
]);

/**
 * Administrative levels and party committees that end an official name ("Kho bạc Nhà nước tỉnh", "Ban Tổ chức
 * Huyện ủy"): after one, only capitalised words and modifiers belong to the name; a lower-case word starts the
 * predicate, even an unknown verb ("… tỉnh rút ngắn thời gian …").
 */
export const NAME_ENDS = new PhraseSet([
  'tỉnh', 'huyện', 'xã', 'thành phố', 'thị xã', 'thị trấn', 'quận', 'phường', 'trung ương', 'huyện ủy', 'tỉnh ủy',
  'thành ủy', 'quận ủy', 'thị ủy',
]);

/** Verbs and adverbs that open a directive: after a party they start its task; alone they start a follow-up. */
export const DIRECTIVE = new PhraseSet([
  'tiếp tục', 'tăng cường', 'chủ động', 'khẩn trương', 'sớm', 'tập trung', 'xây dựng', 'hoàn thiện', 'hoàn thành',
  'hoàn chỉnh', 'hoàn tất', 'triển khai', 'thực hiện', 'tổ chức', 'chỉ đạo', 'hướng dẫn', 'kiểm tra', 'rà soát',
  'theo dõi', 'đôn đốc', 'phối hợp', 'chủ trì', 'bám sát', 'bám', 'nghiên cứu', 'đề xuất', 'tham mưu', 'báo cáo',
  'tuyên truyền', 'đẩy mạnh', 'đẩy nhanh', 'quán triệt', 'nâng cao', 'bảo đảm', 'đảm bảo', 'xử lý', 'giải quyết',
  'cần', 'phải', 'nên', 'có trách nhiệm', 'chịu trách nhiệm', 'có nhiệm vụ', 'làm', 'làm tốt', 'làm rõ',
  'quan tâm', 'huy động', 'bố trí', 'lãnh đạo', 'nghiêm túc', 'tích cực', 'kịp thời', 'định hướng', 'tạo', 'cung cấp',
  'ban hành', 'trình', 'xem xét', 'phát huy', 'kiểm soát', 'đi sâu', 'lưu ý', 'tuân thủ', 'cũng', 'đồng thời',
  'theo chức năng', 'theo thẩm quyền', 'theo nhiệm vụ', 'theo lĩnh vực', 'điều hành', 'hỗ trợ', 'chuẩn bị', 'cập nhật', 'thẩm định',
  'phê duyệt', 'bổ sung', 'sửa chữa', 'duy trì', 'thống kê', 'tổng hợp', 'khắc phục', 'ngăn chặn', 'vận động',
  'điều tra', 'giám sát', 'tiếp thu', 'tiến hành', 'thành lập', 'kiện toàn', 'củng cố', 'ưu tiên', 'tham gia',
  'trao đổi', 'làm việc', 'liên hệ', 'gửi', 'công khai', 'công bố', 'dừng', 'tạm dừng', 'đình chỉ', 'kiên quyết', 'thu hồi',
  'phát động', 'đề ra', 'lập', 'soạn thảo', 'góp ý', 'thẩm tra', 'đấu tranh', 'sắp xếp', 'di dời', 'sơ tán',
  'ứng phó', 'phòng ngừa', 'truy quét', 'tuần tra', 'tập huấn', 'đào tạo', 'bồi dưỡng', 'phổ biến', 'vận hành',
  'quyết liệt', 'nỗ lực', 'phấn đấu', 'chấn chỉnh', 'có', 'lựa chọn', 'tháo gỡ', 'hạn chế', 'nắm bắt', 'nắm chắc',
  'tiếp nhận', 'phân bổ', 'giải ngân', 'chăm lo', 'động viên', 'xác minh', 'phát hành', 'trang trí', 'chỉnh trang',
  'cụ thể hóa', 'cụ thể hoá', 'đưa', 'mời', 'ứng trực', 'trực', 'xác định', 'cải thiện', 'đổi mới', 'ứng dụng',
  'thanh tra', 'đăng tải', 'thông tin', 'tạo điều kiện', 'khảo sát', 'đánh giá lại',
  'chuyển', 'nắm', 'giữ', 'mở', 'kêu gọi', 'vận dụng', 'rút kinh nghiệm', 'rút ra', 'sơ kết', 'tổng kết',
  'chi trả', 'cấp phát', 'quảng bá', 'bình ổn', 'xét nghiệm', 'đưa tin', 'bảo vệ',
  'tiêm', 'cấp', 'tu sửa', 'nâng cấp', 'sửa', 'dọn dẹp', 'thu', 'nộp', 'gửi', 'phân loại', 'phân tích', 'giải trình',
  'thẩm định', 'kê khai', 'niêm yết', 'thông qua', 'quy hoạch', 'lắp đặt', 'giải phóng', 'bàn giao', 'tiếp đón',
  'vận chuyển', 'cắm mốc', 'dự trữ', 'thanh toán', 'quyết toán', 'tăng', 'giảm', 'tiết kiệm', 'khen thưởng', 'kỷ luật',
  'biên soạn', 'in ấn', 'tổ chức lại', 'thay thế', 'ký kết', 'cải tạo', 'di chuyển', 'phát hiện', 'ngăn ngừa', 'xây',
  'nghiệm thu', 'khởi công', 'khởi tố', 'truy tố', 'xét xử', 'đo đạc', 'hỗ trợ', 'cứu trợ', 'cứu hộ', 'khám', 'chữa',
  'cân đối', 'rút ngắn', 'dự trù', 'điều chỉnh', 'điều chuyển', 'mua sắm', 'thi công', 'lấy ý kiến', 'nhân rộng',
  'kiểm điểm', 'xếp loại', 'thu hút', 'xúc tiến', 'đối chiếu', 'bồi thường', 'kiểm đếm', 'nhắc nhở', 'gia cố',
  'nạo vét', 'khơi thông', 'thiết lập', 'sẵn sàng',
  // Adverbs of manner that open a directive ("triệt để tiết kiệm chi", "trực tiếp chỉ đạo").
  'triệt để', 'trực tiếp',
  // Time adverbs that open a directive as well ("Sở Y tế định kỳ hằng quý báo cáo …").
  'định kỳ', 'hằng', 'hàng tháng', 'hàng quý', 'hàng năm', 'thường xuyên', 'ngay',
  'mỗi ngày', 'mỗi tuần', 'mỗi tháng', 'mỗi quý', 'mỗi năm',
  // Prohibitions are directives too ("…; không để phát sinh điểm nóng", "các đơn vị không được chủ quan"); a bare
  // "không" + verb stays a report of what was not done (NOT_DIRECTIVE).
  'không để', 'không được', 'không cho phép',
]);

/**
 * Verbs that also qualify a group's name ("các đơn vị quản lý đường bộ"), so they are not DIRECTIVE, which would cut
 * the name there; with no name before them ("- Quản lý chặt chẽ nguồn vốn", a follow-up sentence) they open a task.
 */
export const QUALIFYING_VERBS = new PhraseSet(['quản lý']);

/** Agreement: with a party after it, coordination ("thống nhất với Sở Nội vụ …"); with anything else, an approval. */
export const AGREE = new PhraseSet(['thống nhất với', 'nhất trí với', 'đồng ý với']);

/** Tense markers: a directive reading right before one was a noun in the subject ("Các cơ quan thu đã …"). */
export const TENSE = new PhraseSet(['đã', 'đang', 'vừa']);

/** Verbs of assessment, report and transmittal, and tense markers: a party followed by them is not addressed. */
export const NOT_DIRECTIVE = new PhraseSet([
  'đánh giá', 'đánh giá cao', 'ghi nhận', 'biểu dương', 'khen ngợi', 'hoan nghênh', 'đánh giá rất cao', 'chia sẻ', 'nhất trí', 'thống nhất', 'cơ bản thống nhất', 'đồng ý',
  'thông báo', 'có ý kiến', 'phát biểu', 'kết luận', 'nhấn mạnh', 'cho rằng', 'cho biết', 'đã', 'đang', 'vừa',
  'được', 'bị', 'là', 'không', 'chưa', 'sẽ', 'chủ trì buổi', 'chủ trì hội nghị', 'chủ trì cuộc họp', 'có văn bản',
  'chủ trì và kết luận', 'chủ trì, kết luận',
  'tặng', 'trao', 'chúc mừng', 'báo cáo tình hình', 'báo cáo kết quả đạt được', 'đề nghị', 'yêu cầu', 'giao',
]);

/**
 * What a participant says, not the chair: a subject followed by one of them proposes ("Xã kiến nghị huyện …",
 * "Các doanh nghiệp đề xuất …"), informs or pledges ("X cho biết sẽ …", "X cam kết …", "X tiếp thu …").
 * Kiến nghị and đề xuất are never the chair's cues; after a cue ("giao X nghiên cứu, đề xuất …") they are tasks.
 */
export const PARTICIPANT_VERBS = new PhraseSet(['kiến nghị', 'đề xuất', 'cho biết', 'cam kết', 'tiếp thu']);
/**
 * Taking in comments: alone, or with "sẽ", a participant's pledge ("Sở X tiếp thu ý kiến và sẽ …"); chained by a comma
 * to work verbs ("X tiếp thu ý kiến tại cuộc họp, hoàn thiện dự thảo, trình …"), the chair's directive.
 */
export const INTAKE = new PhraseSet(['tiếp thu']);

/**
 * What a party is told to have ("có kế hoạch …", "có giải pháp …"): after "có" they make it the task, where other nouns
 * say what a group's members have ("UBND các xã có rừng tăng cường …").
 */
export const MEASURES = new PhraseSet([
  'kế hoạch', 'phương án', 'giải pháp', 'biện pháp', 'chương trình', 'lộ trình', 'văn bản', 'ý kiến',
  'chính sách', 'cơ chế', 'đề án', 'quy chế', 'sự', 'hình thức',
]);

/**
 * Obligation: after "X đã …" it shows the "đã" clause only qualified X ("Các xã đã đạt chuẩn cần duy trì …"), and
 * after "các X được …" that the passive was X's qualifier ("Các trường được kiểm tra có trách nhiệm …").
 */
export const OBLIGATIONS = new PhraseSet(['cần', 'phải', 'cần phải', 'có trách nhiệm', 'chịu trách nhiệm', 'có nhiệm vụ']);

/** Who speaks for a party at the meeting ("Đại diện Sở X đề nghị …"): a participant, never the chair. */
export const REPRESENTATIVES = new PhraseSet(['đại diện', 'đại diện lãnh đạo']);

/** Function words that end a name when no modifier starts there. */
export const NAME_STOPS = new PhraseSet([
  'để', 'nhằm', 'về', 'cho', 'với', 'tại', 'theo', 'trên', 'trong', 'từ', 'đến', 'tới', 'khi', 'nếu', 'vì', 'do',
  'mà', 'thì', 'nhưng', 'hoặc', 'hay', 'cùng', 'của', 'ở', 'như', 'bằng', 'qua', 'sau', 'trước', 'ngay', 'đối với',
  'định kỳ', 'hằng', 'hàng ngày', 'hàng tuần', 'hàng tháng', 'hàng quý', 'hàng năm', 'thường xuyên',
  'mỗi ngày', 'mỗi tuần', 'mỗi tháng', 'mỗi quý', 'mỗi năm',
  'thời gian tới', 'chậm nhất', 'từ nay', 'trước mắt', 'cần', 'phải', 'nghiêm', 'khẩn', 'gấp',
]);

/**
 * Cue verbs that command. Opening an entry under an addressee, they are that addressee's own directing of others
 * ("Giao UBND các huyện:\n- Chỉ đạo UBND các xã …").
 */
const COMMAND_CUE_LIST = ['yêu cầu', 'phân công', 'phân công cho', 'chỉ đạo'];
export const COMMAND_CUES = new PhraseSet(COMMAND_CUE_LIST);
/** Cue verbs only the issuer uses: the party after them is addressed even in an entry under another addressee. */
const ASSIGN_CUE_LIST = ['đề nghị', 'giao', 'giao cho', 'giao nhiệm vụ cho'];
/** Cue verbs of emphasis ("Đồng chí lưu ý Công an xã …"): cues only when a person speaks and names a party after them. */
const EMPHASIS_CUE_LIST = ['lưu ý', 'nhấn mạnh', 'quán triệt', 'nhắc nhở'];
export const EMPHASIS_CUES = new PhraseSet(EMPHASIS_CUE_LIST);
/** Cue verbs of the issuer: the party after them is the addressee. The weak ones only when a person speaks. */
export const CUES = new PhraseSet([...ASSIGN_CUE_LIST, ...COMMAND_CUE_LIST, ...EMPHASIS_CUE_LIST]);
export const WEAK_CUES = new PhraseSet(['chỉ đạo', 'phân công', ...EMPHASIS_CUE_LIST]);

/** Words that show the speaker is a person (so "chỉ đạo" after them is a cue, not the addressee's task). */
export const PERSON_MARKERS = new PhraseSet([
  'đồng chí', 'đ/c', 'thủ tướng', 'bộ trưởng', 'thứ trưởng', 'chủ tịch', 'bí thư', 'phó bí thư', 'giám đốc', 'trưởng ban', 'phó chủ tịch',
  'lãnh đạo', 'ông', 'bà',
]);

/** Sentence connectors: a sentence opening with one and no subject continues the last addressee. */
export const CONNECTORS = new PhraseSet([
  'đồng thời', 'cùng với đó', 'bên cạnh đó', 'ngoài ra', 'mặt khác', 'đặc biệt', 'đặc biệt là', 'trong đó',
  'theo đó', 'vì vậy', 'do đó', 'tiếp đó', 'sau đó', 'đáng chú ý', 'cụ thể', 'trước mắt', 'thêm vào đó',
  'song song đó', 'song song với đó', 'nhất là', 'bên cạnh', 'riêng', 'đối với', 'về', 'cùng với',
]);

/** Openings of an appositive between a subject and its predicate ("Các sở, ngành, đặc biệt là Sở Z, cần …"). */
export const APPOSITIVES = new PhraseSet(['nhất là', 'đặc biệt là', 'trong đó có', 'trong đó', 'kể cả', 'bao gồm cả']);

/** Openings of a topic ("Về công tác …", "Đối với kiến nghị …"): alone on a line or before ":" they assign nothing. */
export const TOPICS = new PhraseSet(['về', 'đối với', 'riêng', 'riêng đối với']);

/** Words that open an adverbial before the subject ("Trong quá trình thực hiện, các thành viên …"). */
export const OPENERS = new PhraseSet([
  'trong', 'đối với', 'về', 'để', 'tại', 'sau', 'trước', 'từ', 'ngoài', 'bên cạnh', 'theo', 'riêng', 'qua', 'nhằm',
  'thời gian tới', 'trên cơ sở', 'căn cứ', 'kết luận', 'phát biểu', 'cuối', 'đầu', 'với', 'nhân dịp', 'đồng thời',
  'ngoài ra', 'mặt khác', 'đặc biệt', 'vì vậy', 'do đó', 'đáng chú ý', 'cùng với đó', 'bên cạnh đó', 'hiện nay',
]);

/** Verbs that hand work to someone else: a "phối hợp với" after them belongs to that other party's task. */
export const DELEGATING = new PhraseSet(['chỉ đạo', 'hướng dẫn', 'đôn đốc', 'yêu cầu', 'giao', 'đề nghị', 'huy động', 'giao cho']);

/** Time adverbials allowed between a cue and its addressee ("đề nghị thời gian tới các thành viên …"). */
export const CUE_ADVERBIALS = new PhraseSet(['thời gian tới', 'trong thời gian tới', 'thời gian tới đây', 'sắp tới', 'trước mắt', 'tới đây']);

/** Openings of a sentence that only adds the deadline of the previous task. */
export const DEADLINE_ONLY = new PhraseSet(['thời gian hoàn thành', 'thời gian thực hiện', 'thời hạn', 'thời hạn hoàn thành', 'hạn hoàn thành', 'hoàn thành trước', 'hoàn thành trong', 'xong trước']);

/**
 * What the previous task produces, as the subject of a sentence that only delivers it ("Kết quả báo cáo UBND tỉnh
 * trước …", "Hồ sơ gửi Sở Nội vụ trước …").
 */
export const DELIVERABLES = new PhraseSet([
  'kết quả', 'kết quả thực hiện', 'hồ sơ', 'văn bản', 'dự thảo', 'số liệu', 'danh sách', 'báo cáo', 'tờ trình', 'phương án', 'sản phẩm',
]);
/** Verbs that deliver a product to whom it is due. */
export const DELIVERY = new PhraseSet(['báo cáo', 'gửi', 'gửi về', 'nộp', 'nộp về', 'trình', 'chuyển', 'chuyển về']);
/** A subject-less sentence that only delivers the previous task's result ("Báo cáo kết quả về Sở trước …"). */
export const REPORT_BACK = new PhraseSet(['báo cáo kết quả', 'gửi kết quả', 'gửi kết quả về', 'nộp kết quả', 'báo cáo kết quả thực hiện']);

/** Abbreviations whose period does not end a sentence. */
export const ABBREVIATIONS = new Set(['tp', 'tx', 'tt', 'ts', 'ths', 'pgs', 'gs', 'bs', 'ks', 'th.s', 'q', 'p', 'v.v', 'đ/c', 'st', 'ng']);
