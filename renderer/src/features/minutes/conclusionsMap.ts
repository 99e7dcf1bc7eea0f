// Maps offsets in the conclusions' plain text (what the extractor read; see shared/editor/minutesDoc.ts)
// to positions in the live ProseMirror document, by walking the document after the Kết luận heading the
// way richToPlainText does: one line per text block, list entries prefixed "- " or "1. ".
import type { Node as PmNode } from '@tiptap/pm/model';
import type { RichDoc, SourceSpan } from '../../../../shared/domain/types';
import { conclusionsText, splitMinutes } from '../../../../shared/editor/minutesDoc';
import { BLOCK_CONTAINERS, inlineText } from '../../../../shared/editor/richText';

export type PmRange = { from: number; to: number };
/** A stretch of plain text that is also a stretch of document positions (a text node or a hard break). */
type Run = { plain: number; pos: number; length: number };
export type ConclusionsMap = { text: string; runs: Run[] };

/** Null when the walk disagrees with conclusionsText (the shared walk changed): better no highlight than a wrong one. */
export function mapConclusions(doc: PmNode): ConclusionsMap | null {
  const json = doc.toJSON() as RichDoc;
  const first = doc.childCount - (splitMinutes(json).conclusions.content ?? []).length;
  const runs: Run[] = [];
  const lines: string[] = [];
  let plain = 0;

  const line = (node: PmNode, pos: number, prefix: string) => {
    if (lines.length) plain += 1; // the "\n" joining lines
    let text = prefix;
    node.forEach((child, offset) => {
      const at = pos + 1 + offset;
      if (child.isText) runs.push({ plain: plain + text.length, pos: at, length: child.text!.length });
      else if (child.type.name === 'hardBreak') runs.push({ plain: plain + text.length, pos: at, length: 1 });
      text += inlineText(child.toJSON());
    });
    lines.push(text);
    plain += text.length;
  };
  const walk = (node: PmNode, pos: number, prefix: string) => {
    const name = node.type.name;
    if (name === 'orderedList') {
      const start = typeof node.attrs.start === 'number' ? node.attrs.start : 1;
      node.forEach((item, offset, i) => walk(item, pos + 1 + offset, `${start + i}. `));
    } else if (name === 'bulletList') {
      node.forEach((item, offset) => walk(item, pos + 1 + offset, '- '));
    } else if (BLOCK_CONTAINERS.has(name)) {
      node.forEach((child, offset, i) => walk(child, pos + 1 + offset, i === 0 ? prefix : ''));
    } else {
      line(node, pos, prefix);
    }
  };
  doc.forEach((child, offset, i) => {
    if (i >= first) walk(child, offset, '');
  });

  const text = lines.join('\n');
  return text === conclusionsText(json) ? { text, runs } : null;
}

/** Document ranges covering a plain-text span (one per text node it touches, adjacent ones merged). */
export function rangesForSpan(map: ConclusionsMap, span: SourceSpan): PmRange[] {
  const ranges: PmRange[] = [];
  for (const run of map.runs) {
    const from = Math.max(span.start, run.plain);
    const to = Math.min(span.end, run.plain + run.length);
    if (from >= to) continue;
    const range = { from: run.pos + from - run.plain, to: run.pos + to - run.plain };
    const last = ranges[ranges.length - 1];
    if (last && last.to === range.from) last.to = range.to;
    else ranges.push(range);
  }
  return ranges;
}

/**
 * Where a sentence is in the current text: at its span if the text there is unchanged, else wherever the
 * same sentence now stands (the secretary typed above it since the proposals were made), else nowhere.
 */
export function locate(map: ConclusionsMap, span: SourceSpan, sourceText: string): SourceSpan | null {
  if (map.text.slice(span.start, span.end) === sourceText) return span;
  const at = sourceText ? map.text.indexOf(sourceText) : -1;
  return at >= 0 ? { start: at, end: at + sourceText.length } : null;
}
