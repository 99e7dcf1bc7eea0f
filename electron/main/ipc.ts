// The one place that calls ipcMain.handle: one handler per contract channel, each checking that the
// sender is our own top frame before handing the payload to the dispatcher.
import { ipcMain } from 'electron';
import { ipcChannel } from '../../shared/ipc/bridge';
import { channels } from '../../shared/ipc/contract';
import { fail } from '../../shared/ipc/result';
import type { Dispatch } from '../core/dispatcher';
import { isTrustedSender } from './security';

export function registerIpc(dispatch: Dispatch, rendererIndex: string) {
  for (const channel of channels) {
    ipcMain.handle(ipcChannel(channel), (event, payload: unknown) => {
      if (!isTrustedSender(event.senderFrame, rendererIndex)) {
        return fail('UNAUTHORIZED', 'Yêu cầu không đến từ cửa sổ của ứng dụng / The call did not come from the app window');
      }
      return dispatch(channel, payload);
    });
  }
}

export function unregisterIpc() {
  for (const channel of channels) ipcMain.removeHandler(ipcChannel(channel));
}
