// How the chair's role and the accepted action items read in running text: the chair's role for the summary line,
// and accepted action items turned into editor content grouped by lead unit.
import type { ActionItemDraft, RichNode } from '../domain/types';
import { formatShortDate } from './formatting';
import { upperFirst } from './text';

/** Words that open a position title; used to find where the chair's meeting role starts in a list of positions. */
const POSITION_WORDS = /,\s+(?=(?:Phó\s+)?(?:Chủ tịch|Chủ nhiệm|Giám đốc|Tổng Giám đốc|Trưởng|Bí thư|Chánh|Thứ trưởng|Bộ trưởng|Tổng Biên tập|Hiệu trưởng|Viện trưởng|Cục trưởng|Vụ trưởng)\b)/gu;

/**
 * The position the chair held at this meeting: the last position in the title ("Ủy viên Ban Thường vụ Tỉnh ủy,
 * Trưởng Ban Tuyên giáo Tỉnh ủy, Phó Trưởng Tiểu ban …" → "Phó Trưởng Tiểu ban …"). Splitting at every comma
 * would cut names such as "Sở Văn hóa, Thể thao và Du lịch", so only a comma before a position word counts.
 */
export function chairRole(title: string): string {
  const text = title.trim();
  let start = 0;
  for (const match of text.matchAll(POSITION_WORDS)) start = match.index + match[0].length;
  return text.slice(start);
}

/**
 * Accepted action items as an ordered list, one item per lead unit (in order of first appearance):
 * "Sở …: Task; task (phối hợp: …; thời hạn: …)." Used when the chair's conclusions were not written as text.
 */
export function actionItemsToRich(items: ActionItemDraft[]): RichNode {
  const groups = new Map<string, ActionItemDraft[]>();
  for (const item of items) {
    const lead = item.lead.map((l) => l.trim()).filter(Boolean).join(', ') || 'Các cơ quan, đơn vị';
    groups.set(lead, [...(groups.get(lead) ?? []), item]);
  }
  const listItems: RichNode[] = [...groups].map(([lead, tasks]) => ({
    type: 'listItem',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: `${upperFirst(lead)}: `, marks: [{ type: 'bold' }] },
          { type: 'text', text: `${tasks.map((t, i) => (i === 0 ? upperFirst(taskText(t)) : taskText(t))).join('; ')}.` },
        ],
      },
    ],
  }));
  return { type: 'doc', content: listItems.length ? [{ type: 'orderedList', content: listItems }] : [] };
}

function taskText(item: ActionItemDraft): string {
  const task = item.task.trim().replace(/[.;]+$/, '');
  const notes: string[] = [];
  const support = item.support.map((s) => s.trim()).filter(Boolean);
  if (support.length) notes.push(`phối hợp: ${support.join(', ')}`);
  const { deadline } = item;
  if (deadline.iso && (deadline.kind === 'date' || deadline.kind === 'period')) notes.push(`thời hạn: ${formatShortDate(deadline.iso)}`);
  else if (deadline.text && !task.includes(deadline.text)) notes.push(`thời hạn: ${deadline.text}`);
  return notes.length ? `${task} (${notes.join('; ')})` : task;
}
