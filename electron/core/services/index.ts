// Binds every contract channel to its service method. The type `Handlers` makes a missing or mistyped
// channel a compile error, so the contract and the backend cannot drift apart.
import { AppError } from '../../../shared/ipc/result';
import { nfc } from '../../../shared/text/vietnamese';
import type { ServiceContext } from '../context';
import type { Handlers } from '../dispatcher';
import { safeFileName } from '../files';
import { makeActionItemsService } from './actionItems';
import { makeDocumentsService } from './documents';
import { makeMeetingFilesService } from './meetingFiles';
import { makeMeetingsService, nfcDeep } from './meetings';

export function createHandlers(ctx: ServiceContext): Handlers {
  const meetings = makeMeetingsService(ctx);
  const actionItems = makeActionItemsService(ctx);
  const documents = makeDocumentsService(ctx);
  const meetingFiles = makeMeetingFilesService(ctx);
  const { repos } = ctx;
  return {
    'app:info': () => ctx.info,
    'organization:get': () => repos.organization.get(),
    'organization:update': (org) => repos.organization.save(nfcDeep(org), ctx.stamp()),
    'units:list': () => repos.directory.listUnits(),
    'units:create': (unit) => {
      if (!nfc(unit.name).trim()) throw new AppError('VALIDATION', 'Tên đơn vị trống / The unit name is empty');
      return repos.directory.ensureUnit(nfcDeep({ ...unit, name: unit.name.trim() }), ctx.stamp());
    },
    'people:list': () => repos.directory.listPeople(),
    'people:create': (person) => repos.directory.ensurePerson(nfcDeep(person), ctx.stamp()),
    'meetings:list': ({ query }) => meetings.list(query),
    'meetings:get': ({ id }) => meetings.get(id),
    'meetings:create': (input) => meetings.create(input),
    'meetings:update': ({ id, meeting }) => meetings.update(id, meeting),
    'meetings:delete': ({ id }) => meetings.remove(id),
    'minutes:get': ({ meetingId }) => meetings.getMinutes(meetingId),
    'minutes:save': ({ meetingId, content, baseRevision }) => meetings.saveMinutes(meetingId, content, baseRevision),
    'actionItems:propose': ({ meetingId }) => actionItems.propose(meetingId),
    'actionItems:list': ({ meetingId }) => actionItems.list(meetingId),
    'actionItems:review': (input) => actionItems.review(input),
    'actionItems:update': ({ id, item }) => actionItems.update(id, item),
    'actionItems:delete': ({ id }) => actionItems.remove(id),
    'documents:preview': (request) => documents.preview(request),
    'documents:export': (request) => documents.export(request),
    'documents:open': ({ path }) => documents.open(path),
    'meetings:import': ({ content }) => meetingFiles.import(content),
    'meetings:exportFile': ({ id }) => {
      const file = meetingFiles.export(id);
      return { fileName: `${safeFileName(file.meeting.title)}.bienban.json`, content: JSON.stringify(file, null, 2) };
    },
  };
}
