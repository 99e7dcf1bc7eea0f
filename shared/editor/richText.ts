// Walks editor documents (ProseMirror/Tiptap JSON) without an editor instance: plain text for the extractor and
// search, paragraphs for meeting files, and the reverse. Pure functions of the JSON.
import type { RichDoc, RichNode } from '../domain/types';

/** Plain text of inline content; hard breaks become new lines. */
export function inlineText(node: RichNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(inlineText).join('');
}

/** Block nodes walked into rather than printed as a line of their own (the renderer's span map uses the same set). */
export const BLOCK_CONTAINERS: ReadonlySet<string> = new Set(['bulletList', 'orderedList', 'listItem', 'blockquote', 'table', 'tableRow', 'tableCell', 'tableHeader', 'doc']);

/**
 * Every text block (paragraph, heading, list entry, table cell) with its list marker: "- " for bullets,
 * "1. " for numbered entries (from the list's start), so readers see the list structure the secretary sees.
 */
function textBlocks(doc: RichNode): string[] {
  const lines: string[] = [];
  const walk = (node: RichNode, prefix: string) => {
    if (node.type === 'orderedList') {
      const start = typeof node.attrs?.start === 'number' ? node.attrs.start : 1;
      (node.content ?? []).forEach((item, i) => walk(item, `${start + i}. `));
      return;
    }
    if (node.type === 'bulletList') {
      (node.content ?? []).forEach((item) => walk(item, '- '));
      return;
    }
    if (BLOCK_CONTAINERS.has(node.type)) {
      (node.content ?? []).forEach((child, i) => walk(child, i === 0 ? prefix : ''));
      return;
    }
    lines.push(prefix + inlineText(node));
  };
  walk(doc, '');
  return lines;
}

/** One line per text block: what the extractor reads and what action-item spans point into. */
export const richToPlainText = (doc: RichNode): string => textBlocks(doc).join('\n');

/** The non-empty text blocks as paragraphs: how meeting files carry minutes and conclusions. */
export const richToParagraphs = (doc: RichNode): string[] => textBlocks(doc).filter((line) => line.trim());

/** Each string becomes a paragraph; new lines inside one become hard breaks. */
export function paragraphsToRich(paragraphs: string[]): RichDoc {
  return {
    type: 'doc',
    content: paragraphs.map((text) => {
      const content = text
        .normalize('NFC')
        .split('\n')
        .flatMap((line, i): RichNode[] => [...(i > 0 ? [{ type: 'hardBreak' }] : []), ...(line ? [{ type: 'text', text: line }] : [])]);
      return { type: 'paragraph', ...(content.length ? { content } : {}) };
    }),
  };
}
