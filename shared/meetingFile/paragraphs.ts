// Plain paragraphs ↔ editor content (Tiptap JSON), for the meeting file's `minutes[]` and `conclusions[]`.
// Lives here because shared/editor has no rich-text helpers yet; move it there if the editor grows its own.
import type { RichNode } from '../domain/types';

/** Each paragraph becomes a paragraph node; newlines inside one become hard breaks. */
export function paragraphsToRich(paragraphs: string[]): RichNode {
  return {
    type: 'doc',
    content: paragraphs.map((text) => ({
      type: 'paragraph',
      content: text
        .normalize('NFC')
        .split('\n')
        .flatMap((line, i): RichNode[] => [...(i > 0 ? [{ type: 'hardBreak' }] : []), ...(line ? [{ type: 'text', text: line }] : [])]),
    })),
  };
}

/** Every text block (paragraph, heading, list item, table cell) as one paragraph; list items keep a "- " or "1. ". */
export function richToParagraphs(doc: RichNode): string[] {
  const out: string[] = [];
  const walk = (node: RichNode, prefix: string): void => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const text = inlineText(node);
      if (text.trim()) out.push(prefix + text);
      return;
    }
    if (node.type === 'bulletList' || node.type === 'orderedList') {
      (node.content ?? []).forEach((item, i) => {
        const marker = node.type === 'bulletList' ? '- ' : `${i + 1}. `;
        (item.content ?? []).forEach((child, j) => walk(child, j === 0 ? marker : ''));
      });
      return;
    }
    if (node.text) out.push(prefix + node.text);
    (node.content ?? []).forEach((child) => walk(child, ''));
  };
  walk(doc, '');
  return out;
}

function inlineText(node: RichNode): string {
  return (node.content ?? []).map((child) => (child.type === 'hardBreak' ? '\n' : (child.text ?? ''))).join('');
}
