// The editor's formatting toolbar. Buttons keep the editor's focus (mousedown is prevented; otherwise the
// first keystrokes after a click are lost) and show their state with aria-pressed.
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Align = 'left' | 'center' | 'right' | 'justify';
const ALIGNS: { value: Align; label: string; glyph: string }[] = [
  { value: 'left', label: 'editor.alignLeft', glyph: '⇤' },
  { value: 'center', label: 'editor.alignCenter', glyph: '↔' },
  { value: 'right', label: 'editor.alignRight', glyph: '⇥' },
  { value: 'justify', label: 'editor.alignJustify', glyph: '☰' },
];

function ToolButton({ label, active, onClick, children }: { label: string; active?: boolean; onClick(): void; children: ReactNode }) {
  return (
    <button
      type="button"
      className="tool"
      aria-label={label}
      title={label}
      aria-pressed={active === undefined ? undefined : active}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

export function Toolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      align: (ALIGNS.find((a) => e.isActive({ textAlign: a.value }))?.value ?? 'left') as Align,
    }),
  });
  const chain = () => editor.chain().focus();

  return (
    <div className="toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
      <ToolButton label={t('editor.bold')} active={state.bold} onClick={() => chain().toggleBold().run()}>
        <b>B</b>
      </ToolButton>
      <ToolButton label={t('editor.italic')} active={state.italic} onClick={() => chain().toggleItalic().run()}>
        <i>I</i>
      </ToolButton>
      <ToolButton label={t('editor.underline')} active={state.underline} onClick={() => chain().toggleUnderline().run()}>
        <u>U</u>
      </ToolButton>
      <span className="tool-separator" />
      <ToolButton label={t('editor.h2')} active={state.h2} onClick={() => chain().toggleHeading({ level: 2 }).run()}>
        H2
      </ToolButton>
      <ToolButton label={t('editor.h3')} active={state.h3} onClick={() => chain().toggleHeading({ level: 3 }).run()}>
        H3
      </ToolButton>
      <span className="tool-separator" />
      <ToolButton label={t('editor.bulletList')} active={state.bulletList} onClick={() => chain().toggleBulletList().run()}>
        •≡
      </ToolButton>
      <ToolButton label={t('editor.orderedList')} active={state.orderedList} onClick={() => chain().toggleOrderedList().run()}>
        1.≡
      </ToolButton>
      <span className="tool-separator" />
      {ALIGNS.map((a) => (
        <ToolButton key={a.value} label={t(a.label)} active={state.align === a.value} onClick={() => chain().setTextAlign(a.value).run()}>
          {a.glyph}
        </ToolButton>
      ))}
      <span className="tool-separator" />
      <ToolButton label={t('editor.table')} onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}>
        ⊞
      </ToolButton>
    </div>
  );
}
