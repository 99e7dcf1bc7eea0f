// A ProseMirror plugin that paints the sentence an action item came from (CSS class `source-highlight`).
// Ranges are set by a transaction meta, so highlighting never changes the document or triggers a save;
// typing while a range is shown maps it along with the text.
import type { Editor } from '@tiptap/core';
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { PmRange } from './conclusionsMap';

const key = new PluginKey<DecorationSet>('sourceHighlight');

export const SourceHighlight = Extension.create({
  name: 'sourceHighlight',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, set) {
            const ranges = tr.getMeta(key) as PmRange[] | undefined;
            if (ranges) return DecorationSet.create(tr.doc, ranges.map((r) => Decoration.inline(r.from, r.to, { class: 'source-highlight' })));
            return set.map(tr.mapping, tr.doc);
          },
        },
        props: {
          decorations: (state) => key.getState(state),
        },
      }),
    ];
  },
});

/** Shows these ranges (replacing any shown before); an empty list clears the highlight. */
export function highlightRanges(editor: Editor, ranges: PmRange[], scroll = false) {
  if (editor.isDestroyed) return;
  editor.view.dispatch(editor.state.tr.setMeta(key, ranges).setMeta('addToHistory', false));
  if (scroll && ranges.length) {
    const { node } = editor.view.domAtPos(ranges[0].from);
    const element = node instanceof Element ? node : node.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }
}
