// The minutes text: toolbar, the editing surface and the save indicator, around an editor instance the
// meeting page owns (the review panel highlights in it too).
import type { Editor } from '@tiptap/core';
import { EditorContent } from '@tiptap/react';
import { Toolbar } from './Toolbar';
import { SaveStatusView } from './SaveStatus';
import type { SaveStatus } from './useAutosave';

export function MinutesEditor({ editor, status }: { editor: Editor; status: SaveStatus }) {
  return (
    <section className="minutes">
      <div className="minutes-bar">
        <Toolbar editor={editor} />
        <SaveStatusView status={status} />
      </div>
      <EditorContent editor={editor} className="minutes-surface" />
    </section>
  );
}
