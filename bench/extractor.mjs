#!/usr/bin/env node
// Benchmarks the action-item extractor: throughput on ~1 MB of conclusion texts against a trivial baseline
// (NFC + sentence split over the same text), and the time of one extraction of the founding example.
//   node bench/extractor.mjs          (after `npm run build:node`; loads dist/shared/extractor/index.js)
// Prints figures only; never fails on timing.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const modulePath = process.env.EXTRACTOR_MODULE ?? join(root, 'dist/shared/extractor/index.js');
const { extractActionItems } = createRequire(import.meta.url)(modulePath);

// The founding example's conclusions (the product's own sample), also the fallback corpus.
const SEED =
  'Phát biểu kết luận buổi làm việc, đồng chí Nguyễn Quang Phúc đề nghị thời gian tới các thành viên tiểu ban bám sát chức năng, nhiệm vụ đã được phân công, phối hợp chặt chẽ để chủ động chỉ đạo, điều hành, làm tốt nhiệm vụ của cơ quan, đơn vị. Ban Tuyên giáo Tỉnh ủy tiếp tục làm tốt công tác phối hợp thực hiện công tác tuyên truyền trên ấn phẩm của các cơ quan báo chí Trung ương; định hướng, hướng dẫn, đôn đốc thực hiện công tác tuyên truyền trên ấn phẩm của các cơ quan báo chí trong tỉnh, trên mạng xã hội và các hình thức tuyên truyền khác. Sở Thông tin và Truyền thông tăng cường nắm bắt, quản lý thông tin trên các mạng xã hội; phối hợp làm tốt công tác hoàn thiện hạ tầng kỹ thuật, cung cấp thông tin cho các cơ quan báo chí, bảo đảm việc tuyên truyền thông suốt, hiệu quả. Báo Hải Dương, Đài Phát thanh - Truyền hình tỉnh tiếp tục xây dựng các chuyên trang, chuyên mục, tăng cường thời lượng tuyên truyền về Đại hội Đảng bộ các cấp; chủ động xây dựng kế hoạch chi tiết, cụ thể tuyên truyền trước, trong và sau Đại hội Đảng bộ tỉnh lần thứ XVII. Sở Văn hóa, Thể Thao và Du lịch sớm hoàn thiện kế hoạch trang trí, tuyên truyền trực quan, tổ chức các triển lãm, trưng bày và các chương trình chào mừng đại hội. Văn phòng Tỉnh ủy cùng các thành viên khác trong tiểu ban tiếp tục phối hợp chặt chẽ để hoàn thiện cơ sở vật chất, các nguồn lực bảo đảm công tác hậu cần, an ninh, an toàn phục vụ đại hội... Trong quá trình thực hiện nhiệm vụ, các thành viên kịp thời trao đổi thông tin, phối hợp và báo cáo để giải quyết những vấn đề phát sinh, hoàn thành tốt nhiệm vụ được giao.';

const corpusPath = join(root, '../shared/corpus/dev.jsonl');
const samples = existsSync(corpusPath)
  ? readFileSync(corpusPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l))
  : [{ text: SEED, doc_date: '2020-06-11' }];

// ~1 MB of documents, each extracted separately as the app does.
const docs = [];
let bytes = 0;
for (let i = 0; bytes < 1_000_000; i++) {
  const d = samples[i % samples.length];
  docs.push(d);
  bytes += Buffer.byteLength(d.text, 'utf8');
}

const SENTENCE = /[^.!?…\n]+[.!?…]*/g;
const baseline = (d) => d.text.normalize('NFC').match(SENTENCE)?.length ?? 0;
const extract = (d) => extractActionItems(d.text, { docDate: d.doc_date ?? null }).length;

/** Best of `rounds` passes over all documents, after one warm-up pass; returns MB/s. */
function throughput(fn, rounds = 5) {
  let sink = 0;
  for (const d of docs) sink += fn(d);
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (const d of docs) sink += fn(d);
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  if (sink < 0) console.log(sink);
  return bytes / 1e6 / best;
}

const extractorRate = throughput(extract);
const baselineRate = throughput(baseline);

const seedDoc = { text: SEED, doc_date: '2020-06-11' };
for (let i = 0; i < 200; i++) extract(seedDoc);
const times = [];
for (let i = 0; i < 1000; i++) {
  const t0 = process.hrtime.bigint();
  extract(seedDoc);
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
times.sort((a, b) => a - b);

console.log(`corpus: ${docs.length} documents, ${(bytes / 1e6).toFixed(2)} MB (${existsSync(corpusPath) ? 'dev.jsonl' : 'built-in sample'})`);
console.log(`extractor: ${extractorRate.toFixed(2)} MB/s`);
console.log(`baseline (NFC + sentence split): ${baselineRate.toFixed(2)} MB/s`);
console.log(`extractor / baseline: ${(extractorRate / baselineRate).toFixed(3)}`);
console.log(`seed conclusions (${SEED.length} chars): median ${times[500].toFixed(3)} ms, p95 ${times[950].toFixed(3)} ms`);
