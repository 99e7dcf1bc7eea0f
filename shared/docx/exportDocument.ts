// The one-call export: meeting data (and optionally a stored profile override) to the bytes of a .docx file.
import { buildDocumentModel } from './buildDocumentModel';
import { resolveProfile } from './profiles';
import { renderDocx } from './render';
import type { DocumentKind, ExportSource } from './source';

export function exportDocument(kind: DocumentKind, source: ExportSource, profileOverride?: unknown): Promise<Uint8Array> {
  return renderDocx(buildDocumentModel(kind, source, resolveProfile(source.organization.regime, profileOverride)));
}
