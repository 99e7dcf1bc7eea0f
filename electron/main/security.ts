// The window's security settings and the guards that keep web content in its box: no Node, isolated and
// sandboxed renderer, no navigation, no new windows (http(s) links open in the system browser), no
// permission grants, and IPC accepted only from our own top frame.
import { shell, type Session, type WebContents, type WebFrameMain, type WebPreferences } from 'electron';
import { pathToFileURL } from 'node:url';

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    spellcheck: false,
  };
}

/** True for http(s) addresses only: the only links handed to the system browser. */
export const isExternalWebLink = (url: string) => /^https?:\/\//i.test(url);

export function guardWebContents(contents: WebContents) {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebLink(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

export function denyPermissions(session: Session) {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** IPC must come from the top frame of our window showing our own page. */
export function isTrustedSender(frame: WebFrameMain | null | undefined, rendererIndex: string): boolean {
  if (!frame || frame.parent !== null) return false;
  return frame.url.split(/[?#]/)[0] === pathToFileURL(rendererIndex).href;
}
