// TEMPORARY audit harness — delete before handing back.
import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { exportDocument } from '../../../shared/docx';
import { loadSource } from './sources';

it('writes 8 docs', async () => {
  for (const src of ['seed', 'state'] as const) {
    for (const regime of ['party', 'state'] as const) {
      const s = loadSource(src);
      const source = { ...s, organization: { ...s.organization, regime } };
      for (const kind of ['notice', 'minutes'] as const) {
        writeFileSync(`/tmp/audit/${src}-as-${regime}-${kind}.docx`, await exportDocument(kind, source));
      }
    }
  }
  for (const src of ['seed', 'state'] as const) {
    const s = loadSource(src, { conclusions: { type: 'doc', content: [] } });
    writeFileSync(`/tmp/audit/${src}-items-notice.docx`, await exportDocument('notice', s));
  }
});
