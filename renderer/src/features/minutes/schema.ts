// The minutes editor's extensions: StarterKit (headings, lists, bold/italic/underline…), paragraph and
// heading alignment, tables, and the source-sentence highlight. Node names match what
// shared/editor/minutesDoc.ts writes and walks. Kept apart from the React hook so tests can build the schema.
import { TableKit } from '@tiptap/extension-table';
import { TextAlign } from '@tiptap/extension-text-align';
import { StarterKit } from '@tiptap/starter-kit';
import { SourceHighlight } from './sourceHighlight';

export const minutesExtensions = [
  // Links are left out: minutes do not need them, and a click must never navigate the app away.
  StarterKit.configure({ heading: { levels: [2, 3] }, link: false }),
  TextAlign.configure({ types: ['heading', 'paragraph'] }),
  TableKit.configure({ table: { resizable: false } }),
  SourceHighlight,
];
