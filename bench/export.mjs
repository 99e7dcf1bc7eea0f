// Export benchmark: the seed notice after warm-up (median), a generated 50-page minutes (~150 KB of text,
// 40 attendees, 200 action items), and pandoc converting the same minutes from HTML in the same run, with the
// ratio ours/pandoc (target ≤ 0.25). Loads the compiled shared code (dist/, from `tsc -p electron/tsconfig.json`;
// BIENBAN_DIST overrides the folder). Timing never fails the run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = process.env.BIENBAN_DIST ?? join(root, 'dist');
const require = createRequire(import.meta.url);
const { exportDocument } = require(join(dist, 'shared', 'docx', 'index.js'));
const { parseMeetingFile, meetingFileToExportSource } = require(join(dist, 'shared', 'meetingFile', 'index.js'));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;

async function timeRuns(runs, action) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await action();
    times.push(ms(start));
  }
  return median(times);
}

function sourceFrom(file, issue) {
  const parsed = parseMeetingFile(file);
  if (!parsed.ok) throw new Error(`meeting file refused: ${JSON.stringify(parsed.problems.slice(0, 3))}`);
  return meetingFileToExportSource(parsed.value, issue);
}

// --- the seed notice -------------------------------------------------------------------------------------------
const seed = sourceFrom(JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'seed-meeting.json'), 'utf8')), { number: 5, issuedOn: '2020-06-11', draft: false });
for (let i = 0; i < 10; i++) await exportDocument('notice', seed);
const seedMs = await timeRuns(30, () => exportDocument('notice', seed));

// --- a generated 50-page minutes -------------------------------------------------------------------------------
const sentences = [
  'Đại diện Sở Tài chính báo cáo tình hình bố trí kinh phí thực hiện các nhiệm vụ chuyển đổi số, đề nghị các sở, ngành rà soát nhu cầu, gửi dự toán đúng thời hạn.',
  'Trung tâm Công nghệ thông tin và Truyền thông trình bày kết quả vận hành hệ thống quản lý văn bản và điều hành, tỷ lệ văn bản ký số đạt trên 95%.',
  'Các đại biểu thảo luận về khó khăn trong kết nối, chia sẻ dữ liệu giữa các hệ thống thông tin của tỉnh với cơ sở dữ liệu quốc gia về dân cư.',
  'Phòng Bưu chính, Viễn thông đề xuất phối hợp với các doanh nghiệp viễn thông phủ sóng di động tại các thôn, khu dân cư còn lõm sóng trước quý IV.',
  'Văn phòng Sở tổng hợp ý kiến góp ý dự thảo kế hoạch, hoàn thiện và trình lãnh đạo Sở ký ban hành trong tháng, bảo đảm đúng tiến độ đề ra.',
];
const units = Array.from({ length: 20 }, (_, i) => `Phòng Nghiệp vụ số ${i + 1}`);
// About 150 KB of text: 260 paragraphs of three sentences, varied so compression does not flatter either tool.
const paragraphs = Array.from({ length: 260 }, (_, i) => `${i + 1}. ${[0, 1, 2].map((k) => sentences[(i + k * 2) % sentences.length]).join(' ')}`);
const big = {
  format: 'bienban.meeting/1',
  organization: { regime: 'state', parent: 'UBND TỈNH HẢI DƯƠNG', name: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', symbol: 'STTTT', place: 'Hải Dương' },
  meeting: {
    title: 'Hội nghị sơ kết công tác chuyển đổi số 6 tháng đầu năm 2024',
    kind: 'hội nghị',
    start: '2024-07-05T08:00',
    end: '2024-07-05T17:00',
    location: 'Hội trường tầng 5, Sở Thông tin và Truyền thông',
    chair: { name: 'Trần Văn Bình', title: 'Giám đốc Sở Thông tin và Truyền thông', signingTitle: 'GIÁM ĐỐC', authority: '' },
    secretary: { name: 'Lê Thị Thu Hà', title: 'Chuyên viên Văn phòng Sở' },
    attendees: Array.from({ length: 40 }, (_, i) => ({
      name: `Nguyễn Văn Đại Biểu ${i + 1}`,
      title: `Trưởng phòng ${units[i % units.length]}`,
      unit: units[i % units.length],
      presence: i % 10 === 9 ? 'absent' : 'present',
      note: i % 10 === 9 ? 'đi công tác' : '',
    })),
    agenda: ['Sơ kết 6 tháng đầu năm 2024', 'Triển khai nhiệm vụ 6 tháng cuối năm 2024'],
    minutes: paragraphs,
    conclusions: [],
    recipients: ['Giám đốc, các Phó Giám đốc Sở', 'Các phòng, đơn vị thuộc Sở'],
  },
  actionItems: Array.from({ length: 200 }, (_, i) => ({
    lead: [units[i % units.length]],
    support: i % 3 === 0 ? ['Văn phòng Sở'] : [],
    task: `hoàn thành nhiệm vụ số ${i + 1} về rà soát, cập nhật dữ liệu và báo cáo kết quả thực hiện chuyển đổi số`,
    deadline: { text: 'trước ngày 31/12/2024', kind: 'date', iso: '2024-12-31' },
  })),
};
const bigSource = sourceFrom(big, { number: 12, issuedOn: '2024-07-05', draft: false });
const textKb = Buffer.byteLength(paragraphs.join('\n'), 'utf8') / 1024;
const bigBytes = await exportDocument('minutes', bigSource);
const oursMs = await timeRuns(5, () => exportDocument('minutes', bigSource));

// --- the same minutes through pandoc, from equivalent HTML -----------------------------------------------------
const escape = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const m = big.meeting;
const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Biên bản</title></head><body>
<table><tr><td><p>${m.title}</p><p><b>${big.organization.name}</b></p><p>Số: 12/BB-STTTT</p></td>
<td><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p><b>Độc lập - Tự do - Hạnh phúc</b></p><p><i>Hải Dương, ngày 05 tháng 7 năm 2024</i></p></td></tr></table>
<h1>BIÊN BẢN</h1><p><b>${escape(m.title)}</b></p>
<p>Thời gian bắt đầu: 08 giờ 00, ngày 05 tháng 7 năm 2024.</p><p>Địa điểm: ${escape(m.location)}.</p><p>Thành phần tham dự:</p>
<ul>${m.attendees.map((a) => `<li>${escape(`${a.name}, ${a.title}`)}</li>`).join('')}</ul>
<p>Nội dung (theo diễn biến hội nghị):</p>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
<p>Kết luận của chủ trì:</p><ol>${units.map((u) => `<li><b>${u}:</b> ${big.actionItems.filter((a) => a.lead[0] === u).map((a) => escape(a.task)).join('; ')}.</li>`).join('')}</ol>
<p>Hội nghị kết thúc vào 17 giờ 00, ngày 05 tháng 7 năm 2024./.</p>
<table><tr><td><p><b>THƯ KÝ</b></p><p><b>${m.secretary.name}</b></p></td><td><p><b>CHỦ TỌA</b></p><p><b>${m.chair.name}</b></p></td></tr></table>
</body></html>`;

let pandocMs = null;
let pandocNote = '';
try {
  execFileSync('pandoc', ['--version'], { stdio: 'ignore' });
  const work = mkdtempSync(join(tmpdir(), 'bienban-bench-'));
  const input = join(work, 'minutes.html');
  writeFileSync(input, html);
  const convert = () => execFileSync('pandoc', ['-f', 'html', '-t', 'docx', '-o', join(work, 'minutes.docx'), input], { stdio: 'ignore' });
  convert();
  pandocMs = await timeRuns(5, convert);
  rmSync(work, { recursive: true, force: true });
} catch (error) {
  pandocNote = error.code === 'ENOENT' ? 'pandoc is not installed: no comparison (apt-get install pandoc)' : `pandoc failed: ${error.message}`;
}

const fmt = (n) => `${n.toFixed(1)} ms`;
console.log(`seed notice export (median of 30, after warm-up): ${fmt(seedMs)}`);
console.log(`generated minutes: ${textKb.toFixed(0)} KB of text, 40 attendees, 200 action items -> ${(bigBytes.length / 1024).toFixed(0)} KB .docx`);
console.log(`  ours  (median of 5): ${fmt(oursMs)}`);
if (pandocMs !== null) {
  const ratio = oursMs / pandocMs;
  console.log(`  pandoc -f html -t docx (median of 5, process included): ${fmt(pandocMs)}`);
  console.log(`  ratio ours/pandoc: ${ratio.toFixed(2)} (target <= 0.25: ${ratio <= 0.25 ? 'met' : 'NOT met'})`);
} else {
  console.log(`  ${pandocNote}`);
}
