// Owns lead/support roles: the formulas right after a lead ("chủ trì, phối hợp với Y", "phối hợp với Y",
// "cùng Y", "với sự tham gia của Y") that are cut from the task, and support named inside a task
// ("… và phối hợp với Y …") unless it belongs to someone the lead directs ("chỉ đạo Z phối hợp với Y").
// Traps: "cùng với" + verb, "Cùng với đó", "liên hệ với" are not support.
import { DELEGATING, DIRECTIVE } from './lexicon';
import { parsePartyList, type Party } from './parties';
import { PhraseSet, type Token } from './tokens';

const LEAD_ROLE = new PhraseSet(['chủ trì']);
const COOPERATE = new PhraseSet(['phối hợp chặt chẽ với', 'phối hợp chặt chẽ', 'phối hợp với', 'phối hợp']);
const TOGETHER = new PhraseSet(['cùng với', 'cùng']);
const WITH_PARTICIPATION = new PhraseSet(['với sự tham gia của', 'với sự phối hợp của']);

export type Roles = { support: Party[]; next: number };

/**
 * Role formulas at toks[i] (right after a lead or at the start of a ";" clause). Returns the support and
 * where the task starts; a formula that is itself the main verb (no other verb after its party) stays in
 * the task, its party still counted as support.
 */
export function leadingRoles(toks: readonly Token[], i: number, directory: PhraseSet | null): Roles {
  const support: Party[] = [];
  let j = i;
  for (;;) {
    let k = j;
    const chair = LEAD_ROLE.match(toks, k);
    if (chair) {
      k += chair;
      if (toks[k]?.text === ',') k++;
      if (!COOPERATE.match(toks, k)) break; // "chủ trì theo dõi …": a task verb, kept
    }
    const cooperate = COOPERATE.match(toks, k);
    const together = cooperate ? 0 : TOGETHER.match(toks, k);
    const participation = cooperate || together ? 0 : WITH_PARTICIPATION.match(toks, k);
    const cue = cooperate || together || participation;
    if (!cue) break;
    const parts = parsePartyList(toks, k + cue, directory);
    if (!parts) break; // "cùng với tập trung chỉ đạo …": a trap, kept in the task
    support.push(...parts);
    let after = parts[parts.length - 1].e;
    if (toks[after]?.text === ',') after++;
    if (cooperate && !chair && !DIRECTIVE.match(toks, after)) break; // "phối hợp với Y" is the task itself
    j = after;
  }
  return { support, next: j };
}

/** Support named inside a task toks[from, to), skipping parties of work the lead hands to someone else. */
export function supportInTask(toks: readonly Token[], from: number, to: number, directory: PhraseSet | null): Party[] {
  const out: Party[] = [];
  for (let p = from; p < to; p++) {
    if (DELEGATING.match(toks, p)) return out;
    const cue = COOPERATE.match(toks, p) || WITH_PARTICIPATION.match(toks, p) || (p > from ? TOGETHER.match(toks, p) : 0);
    if (!cue) continue;
    const parts = parsePartyList(toks, p + cue, directory);
    if (parts) {
      out.push(...parts.filter((x) => x.e <= to));
      p = parts[parts.length - 1].e - 1;
    }
  }
  return out;
}
