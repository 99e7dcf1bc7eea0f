// How a place inside a JSON value is named in error messages, the same at the IPC boundary and in meeting files.

/** `['meeting', 'attendees', 2, 'presence']` → `meeting.attendees[2].presence` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}
