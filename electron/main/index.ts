// The Electron main process: single instance, data in the user data folder, one secure window,
// the contract served over IPC, a Vietnamese menu. All behaviour lives in the shared backend.
import { app, BrowserWindow, dialog, session } from 'electron';
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import { openBackend, type Backend } from '../core/backend';
import { defaultDatabasePath, userDataDir } from '../core/paths';
import { electronFilePort } from './files';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { denyPermissions, guardWebContents, secureWebPreferences } from './security';

const rendererIndex = path.join(__dirname, '..', '..', 'renderer', 'index.html');
const preload = path.join(__dirname, '..', 'preload', 'index.js');
/** better-sqlite3 built for Electron's ABI by scripts/electron-rebuild.mjs (unpacked from the asar when packaged). */
const nativeBinding = path.join(__dirname, '..', '..', 'native', 'better_sqlite3.node').replace('app.asar', 'app.asar.unpacked');

let mainWindow: BrowserWindow | null = null;
let backend: Backend | null = null;

function createWindow() {
  mainWindow = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'Biên Bản',
    show: false,
    webPreferences: secureWebPreferences(preload),
  });
  guardWebContents(mainWindow.webContents);
  installMenu(mainWindow);
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadFile(rendererIndex);
}

export function start() {
  // Date and time pickers follow Chromium's language: Vietnamese offices expect dd/mm/yyyy and 24-hour time.
  app.commandLine.appendSwitch('lang', 'vi');
  // Before the lock: the single-instance lock lives in the user data folder.
  app.setPath('userData', userDataDir());
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => backend?.close());
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) createWindow();
  });

  void app.whenReady().then(() => {
    denyPermissions(session.defaultSession);
    try {
      backend = openBackend({ version: app.getVersion(), databasePath: defaultDatabasePath(), mode: 'electron' }, { nativeBinding, files: electronFilePort(() => mainWindow) });
    } catch (e) {
      dialog.showErrorBox('Biên Bản', e instanceof AppError ? e.message : String(e));
      app.exit(1);
      return;
    }
    registerIpc(backend.dispatch, rendererIndex);
    createWindow();
  });
}

start();
