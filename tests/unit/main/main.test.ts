// The Electron main process with the `electron` module mocked (no Electron binary on these machines):
// secure window settings, guards on navigation/new windows/permissions, IPC handlers for exactly the
// contract's channels with the sender check, the Vietnamese menu, and the single-instance lock.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channels } from '../../../shared/ipc/contract';
import { ok } from '../../../shared/ipc/result';

const electron = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  const handlers = new Map<string, Listener>();
  const appListeners = new Map<string, Listener>();
  return {
    handlers,
    appListeners,
    ipcMain: {
      handle: (channel: string, fn: Listener) => {
        if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
        handlers.set(channel, fn);
      },
      removeHandler: (channel: string) => handlers.delete(channel),
    },
    shell: { openExternal: vi.fn(async () => {}) },
    app: {
      commandLine: { appendSwitch: vi.fn() },
      requestSingleInstanceLock: vi.fn(() => true),
      quit: vi.fn(),
      exit: vi.fn(),
      setPath: vi.fn(),
      getVersion: () => '0.0.0',
      isReady: () => false,
      on: (event: string, fn: Listener) => appListeners.set(event, fn),
      whenReady: () => new Promise(() => {}),
    },
    Menu: { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn() },
    BrowserWindow: Object.assign(vi.fn(), { getAllWindows: () => [] }),
    dialog: { showErrorBox: vi.fn() },
    session: { defaultSession: {} },
  };
});
vi.mock('electron', () => electron);

import { registerIpc, unregisterIpc } from '../../../electron/main/ipc';
import { menuTemplate } from '../../../electron/main/menu';
import { denyPermissions, guardWebContents, isTrustedSender, secureWebPreferences } from '../../../electron/main/security';

const rendererIndex = path.resolve('/opt/Biên Bản/resources/app/dist/renderer/index.html');
const ourFrame = { url: pathToFileURL(rendererIndex).href, parent: null };

beforeEach(() => unregisterIpc());

describe('secure window', () => {
  it('isolates and sandboxes the renderer with no Node and no webview', () => {
    expect(secureWebPreferences('/p/preload.js')).toMatchObject({
      preload: '/p/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });

  it('cancels navigation and denies new windows, opening only http(s) links outside', () => {
    const events = new Map<string, (e: { preventDefault(): void }) => void>();
    let openHandler: ((d: { url: string }) => { action: string }) | undefined;
    guardWebContents({
      on: (name: string, fn: (e: { preventDefault(): void }) => void) => events.set(name, fn),
      setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
    } as never);
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const prevent = vi.fn();
      events.get(name)!({ preventDefault: prevent });
      expect(prevent).toHaveBeenCalled();
    }
    expect(openHandler!({ url: 'https://vanban.chinhphu.vn/' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1);
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://vanban.chinhphu.vn/');
  });

  it('denies every permission request and check', () => {
    let request: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    denyPermissions({ setPermissionRequestHandler: (fn: typeof request) => (request = fn), setPermissionCheckHandler: (fn: typeof check) => (check = fn) } as never);
    const cb = vi.fn();
    request!(null, 'media', cb);
    expect(cb).toHaveBeenCalledWith(false);
    expect(check!()).toBe(false);
  });

  it('trusts only the top frame showing our own page', () => {
    expect(isTrustedSender(ourFrame as never, rendererIndex)).toBe(true);
    expect(isTrustedSender({ ...ourFrame, url: `${ourFrame.url}#/meetings/1` } as never, rendererIndex)).toBe(true);
    expect(isTrustedSender({ ...ourFrame, parent: {} } as never, rendererIndex)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null } as never, rendererIndex)).toBe(false);
    expect(isTrustedSender(null, rendererIndex)).toBe(false);
  });
});

describe('IPC', () => {
  it('registers one handler per contract channel and dispatches trusted calls', async () => {
    const dispatch = vi.fn(async (channel: string) => ok(channel));
    registerIpc(dispatch, rendererIndex);
    expect([...electron.handlers.keys()].sort()).toEqual(channels.map((c) => `bien-ban:${c}`).sort());
    const reply = await electron.handlers.get('bien-ban:meetings:list')!({ senderFrame: ourFrame }, { query: 'x' });
    expect(reply).toEqual({ ok: true, value: 'meetings:list' });
    expect(dispatch).toHaveBeenCalledWith('meetings:list', { query: 'x' });
  });

  it('refuses a call from a frame that is not ours without reaching the dispatcher', async () => {
    const dispatch = vi.fn(async () => ok(null));
    registerIpc(dispatch, rendererIndex);
    const reply = await electron.handlers.get('bien-ban:meetings:delete')!({ senderFrame: { url: 'https://evil.example/', parent: null } }, { id: 1 });
    expect(reply).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(dispatch).not.toHaveBeenCalled();
  });
});

describe('menu', () => {
  it('is in Vietnamese and sends page commands to the renderer', () => {
    const sent: string[] = [];
    const template = menuTemplate((c) => sent.push(c), false);
    expect(template.map((m) => m.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Cửa sổ']);
    const file = template[0].submenu as { label?: string; accelerator?: string; click?: () => void }[];
    const create = file.find((i) => i.label === 'Cuộc họp mới')!;
    expect(create.accelerator).toBe('CmdOrCtrl+N');
    create.click!();
    file.find((i) => i.label === 'Nhập cuộc họp…')!.click!();
    expect(sent).toEqual(['meeting:new', 'meeting:import']);
  });
});

describe('lifecycle', () => {
  it('quits at once when another instance holds the lock, and focuses the first window otherwise', async () => {
    electron.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    const { start } = await import('../../../electron/main/index');
    expect(electron.app.quit).toHaveBeenCalled();
    electron.app.quit.mockClear();
    electron.appListeners.clear();
    start();
    expect(electron.app.quit).not.toHaveBeenCalled();
    expect([...electron.appListeners.keys()]).toEqual(expect.arrayContaining(['second-instance', 'window-all-closed', 'web-contents-created']));
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', expect.stringContaining('Biên Bản'));
    // The lock lives in the user data folder, so the folder is set first.
    expect(electron.app.setPath.mock.invocationCallOrder.at(-1)!).toBeLessThan(electron.app.requestSingleInstanceLock.mock.invocationCallOrder.at(-1)!);
  });
});

describe('file port', () => {
  it('saves through a native dialog in Documents and reports a cancelled dialog as null', async () => {
    const { electronFilePort } = await import('../../../electron/main/files');
    const showSaveDialog = vi.fn(async (_owner: unknown, options: { defaultPath: string }) => ({ canceled: false, filePath: options.defaultPath }));
    Object.assign(electron, { dialog: { ...electron.dialog, showSaveDialog } });
    Object.assign(electron.app, { getPath: (name: string) => `/home/thuky/${name}` });
    const port = electronFilePort(() => ({}) as never);
    expect(await port.chooseSavePath('Thông báo kết luận 05-TB-TBTT: họp.docx')).toBe('/home/thuky/documents/Thông báo kết luận 05-TB-TBTT họp.docx');
    showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await port.chooseSavePath('x.docx')).toBeNull();
  });
});
