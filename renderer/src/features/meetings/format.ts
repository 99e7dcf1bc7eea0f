// How the UI shows a meeting's local date-time: the day-first form Vietnamese offices write.
/** "2020-06-11T08:00" → "08:00, 11/06/2020" */
export function formatDateTime(local: string): string {
  const [date, time] = local.split('T');
  const [y, m, d] = date.split('-');
  return `${time}, ${d}/${m}/${y}`;
}
