// How a deadline reads in the panel: its kind in words, the phrase from the text, and the day it means.
import type { TFunction } from 'i18next';
import type { Deadline, DeadlineKind } from '../../../../shared/domain/types';

export const DEADLINE_KINDS: DeadlineKind[] = ['date', 'period', 'event', 'recurring', 'ongoing', 'asap', 'none'];

/** "2020-06-30" → "30/06/2020" */
export const formatIsoDate = (iso: string) => iso.split('-').reverse().join('/');

export function describeDeadline(t: TFunction, d: Deadline): string {
  const parts = [t(`deadline.${d.kind}`)];
  if (d.text) parts.push(`“${d.text}”`);
  if (d.iso) parts.push(formatIsoDate(d.iso));
  return parts.join(' · ');
}
