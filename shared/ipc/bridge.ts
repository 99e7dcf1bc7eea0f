// The object the Electron preload puts on `window.bienBan`: one generic invoke over the contract's channels.
// The renderer's client uses it when present, and HTTP (browser mode) otherwise.
import type { Result } from './result';

export const BRIDGE_KEY = 'bienBan';
/** IPC channels are namespaced so nothing else in Electron can collide with them. */
export const ipcChannel = (channel: string) => `bien-ban:${channel}`;

export type Bridge = {
  invoke(channel: string, payload: unknown): Promise<Result<unknown>>;
  /** Menu commands from the main process (e.g. 'meeting:new', 'meeting:import'). */
  onMenu(listener: (command: string) => void): () => void;
};
