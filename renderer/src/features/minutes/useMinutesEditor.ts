// The minutes editor instance for a loaded document, with the schema of schema.ts.
import { useEditor } from '@tiptap/react';
import type { RichDoc } from '../../../../shared/domain/types';
import './editorBase.css';
import { minutesExtensions } from './schema';

export function useMinutesEditor(content: RichDoc, label: string) {
  return useEditor({
    extensions: minutesExtensions,
    content,
    // Its base styles come from editorBase.css: an injected <style> tag would need style-src 'unsafe-inline'.
    injectCSS: false,
    editorProps: {
      attributes: { class: 'minutes-editor', 'aria-label': label, 'aria-multiline': 'true', role: 'textbox', spellcheck: 'true', lang: 'vi' },
    },
  });
}
