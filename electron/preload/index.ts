// The sandboxed preload: exposes only `invoke` for the contract's channels and menu notifications.
// Compiled to a single CommonJS file (sandboxed preloads cannot load other modules but 'electron').
import { contextBridge, ipcRenderer } from 'electron';
import { channels } from '../../shared/ipc/contract';
import { BRIDGE_KEY, ipcChannel, type Bridge } from '../../shared/ipc/bridge';
import { fail } from '../../shared/ipc/result';

const allowed = new Set<string>(channels);

const bridge: Bridge = {
  invoke(channel, payload) {
    if (!allowed.has(channel)) return Promise.resolve(fail('UNKNOWN_CHANNEL', `Unknown call "${channel}"`));
    return ipcRenderer.invoke(ipcChannel(channel), payload);
  },
  onMenu(listener) {
    const handler = (_event: unknown, command: unknown) => {
      if (typeof command === 'string') listener(command);
    };
    ipcRenderer.on('bien-ban:menu', handler);
    return () => ipcRenderer.removeListener('bien-ban:menu', handler);
  },
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
