// Meetings and their minutes: create (with the official minutes template), edit, list, delete, autosave.
import type { Meeting, MeetingInput, RichDoc } from '../../../shared/domain/types';
import { minutesTemplate } from '../../../shared/editor/minutesDoc';
import { richToPlainText } from '../../../shared/editor/richText';
import type { MinutesDoc } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import { nfc } from '../../../shared/text/vietnamese';
import type { ServiceContext } from '../context';

/** About a thousand pages of minutes as editor JSON: a larger save is a runaway paste, refused as TOO_LARGE. */
export const MAX_MINUTES_JSON_CHARS = 5_000_000;

export const meetingNotFound = (id: number) =>
  new AppError('NOT_FOUND', `Không tìm thấy cuộc họp số ${id} / Meeting ${id} not found`);

/** Deep NFC of every string in a JSON value: decomposed input never reaches the database. */
export function nfcDeep<T>(value: T): T {
  if (typeof value === 'string') return nfc(value) as T;
  if (Array.isArray(value)) return value.map(nfcDeep) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nfcDeep(v)])) as T;
  }
  return value;
}

/** Units and people of a meeting's attendance list join the directory, so they can be picked next time. */
export function rememberDirectory(repos: ServiceContext['repos'], m: MeetingInput, now: string) {
  for (const a of m.attendees) {
    if (a.unit.trim()) repos.directory.ensureUnit({ name: a.unit.trim(), shortName: '', aliases: [] }, now);
    if (a.name.trim()) repos.directory.ensurePerson({ name: a.name.trim(), title: a.title.trim(), unit: a.unit.trim() }, now);
  }
}

export function makeMeetingsService(ctx: ServiceContext) {
  const { db, repos } = ctx;

  const get = (id: number): Meeting => repos.meetings.get(id) ?? (() => { throw meetingNotFound(id); })();

  return {
    list: (query?: string) => repos.meetings.list(query ?? ''),
    get,
    /** Creates the meeting and its minutes pre-filled from the official template, in one transaction. */
    create(input: MeetingInput, minutes?: RichDoc): Meeting {
      const m = nfcDeep(input);
      const now = ctx.stamp();
      const id = db.transaction(() => {
        rememberDirectory(repos, m, now);
        const id = repos.meetings.create(m, now);
        const content = minutes ? nfcDeep(minutes) : minutesTemplate(m);
        repos.minutes.create(id, content, richToPlainText(content), now);
        repos.audit.record({ at: now, action: 'meeting.create', entity: 'meeting', entityId: id, detail: { title: m.title } });
        return id;
      })();
      return get(id);
    },
    update(id: number, input: MeetingInput): Meeting {
      const m = nfcDeep(input);
      const now = ctx.stamp();
      db.transaction(() => {
        if (!repos.meetings.update(id, m, now)) throw meetingNotFound(id);
        rememberDirectory(repos, m, now);
        repos.audit.record({ at: now, action: 'meeting.update', entity: 'meeting', entityId: id, detail: {} });
      })();
      return get(id);
    },
    remove(id: number) {
      const now = ctx.stamp();
      db.transaction(() => {
        if (!repos.meetings.remove(id)) throw meetingNotFound(id);
        repos.audit.record({ at: now, action: 'meeting.delete', entity: 'meeting', entityId: id, detail: {} });
      })();
      return {};
    },
    getMinutes(meetingId: number): MinutesDoc {
      const stored = repos.minutes.get(meetingId);
      if (!stored) throw meetingNotFound(meetingId);
      return { meetingId, content: stored.content, revision: stored.revision, updatedAt: stored.updatedAt };
    },
    saveMinutes(meetingId: number, content: RichDoc, baseRevision: number) {
      const doc = nfcDeep(content);
      if (JSON.stringify(doc).length > MAX_MINUTES_JSON_CHARS) {
        throw new AppError(
          'TOO_LARGE',
          'Biên bản quá lớn để lưu (có thể do vừa dán một nội dung rất dài); bản đã lưu trước đó vẫn giữ nguyên / The minutes are too large to save (perhaps a very long paste); the last saved version is kept',
        );
      }
      const now = ctx.stamp();
      const revision = repos.minutes.save(meetingId, doc, richToPlainText(doc), baseRevision, now);
      if (revision === null) {
        if (!repos.minutes.get(meetingId)) throw meetingNotFound(meetingId);
        throw new AppError(
          'CONFLICT',
          'Biên bản vừa được sửa ở nơi khác; hãy tải lại để không ghi đè / The minutes were changed elsewhere; reload so nothing is overwritten',
        );
      }
      return { revision, updatedAt: now };
    },
  };
}
export type MeetingsService = ReturnType<typeof makeMeetingsService>;
