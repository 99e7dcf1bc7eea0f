// Public surface of the official-document exporter (shared/docx). Pure TypeScript: no Node, DOM or Electron.
export type { DocumentKind, ExportSource } from './source';
export { STATE_PROFILE, PARTY_PROFILE, RegimeProfile, TextStyle, profileFor, resolveProfile, type ProfileOverride } from './profiles';
export { formatDocumentNumber, formatDateLine, formatLongDate, formatShortDate, formatTimeAndDate, normalizeAuthority } from './formatting';
export { buildDocumentModel } from './buildDocumentModel';
export { renderDocx } from './render';
export { exportDocument } from './exportDocument';
export { mmToTwips, blockText, type DocModel, type Block, type Paragraph, type Table, type Run, type Role } from './model';
