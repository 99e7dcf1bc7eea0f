// End-to-end harness: runs the real browser-mode server (`cli serve`, port 0, a temporary database) as a
// child process and Debian's Chromium through playwright-core. Needs `npm run build` first.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const ARTIFACTS = path.join(REPO, 'test-artifacts');
const CLI = path.join(REPO, 'dist/electron/cli/index.js');

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `bien-ban-${prefix}-`));
}

export type Server = {
  url: string;
  origin: string;
  port: number;
  token: string;
  /** SIGTERM (a clean shutdown) or SIGKILL (a crash); resolves once the process is gone. */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
};

/** Starts `serve` on the database file and resolves with the URL it prints as its first line. */
export function startServer(dbPath: string): Promise<Server> {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npx tsc -p electron/tsconfig.json && npm run build:renderer\` first`);
  const child = spawn(process.execPath, [CLI, 'serve', '--db', dbPath, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  return new Promise((resolve, reject) => {
    let stdout = '';
    const fail = (why: string) => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start: ${why}\n${stderr}`));
    };
    const timer = setTimeout(() => fail('no URL within 15 s'), 15_000);
    const onEarlyExit = (code: number | null) => fail(`exited with ${code}`);
    child.once('exit', onEarlyExit);
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const newline = stdout.indexOf('\n');
      if (newline < 0) return;
      clearTimeout(timer);
      child.off('exit', onEarlyExit);
      const url = new URL(stdout.slice(0, newline).trim());
      resolve({
        url: url.href,
        origin: url.origin,
        port: Number(url.port),
        token: url.searchParams.get('token') ?? '',
        stop: (signal = 'SIGTERM') => stopChild(child, signal, exited),
      });
    });
  });
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals, exited: Promise<void>): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  return exited;
}

/** Calls the contract over HTTP as the UI does; returns the envelope. */
export async function rpc<T = unknown>(server: Server, channel: string, payload: unknown): Promise<{ ok: boolean; value?: T; error?: { code: string; message: string } }> {
  const response = await fetch(`${server.origin}/rpc/${channel}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(payload),
  });
  return (await response.json()) as { ok: boolean; value?: T; error?: { code: string; message: string } };
}

/** The same call, throwing on an error envelope. */
export async function call<T>(server: Server, channel: string, payload: unknown): Promise<T> {
  const result = await rpc<T>(server, channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error?.code} ${result.error?.message}`);
  return result.value as T;
}

/** A raw request (any Host header, any body) for the server's boundary checks. */
export function rawRequest(
  server: Server,
  options: { path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.port, method: 'POST', path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    // The server may answer (413) before reading a large body and close: the answer is what counts.
    req.on('error', reject);
    req.end(options.body);
  });
}

export type BrowserSession = { browser: Browser; page: Page; close(): Promise<void> };

/** Chromium with the flags these machines need; `launch` gives each run a fresh temporary profile. */
export async function launchBrowser(): Promise<BrowserSession> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 960 }, locale: 'vi-VN' });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // A CSP violation means something in the UI silently does not work (a style, a script): fail on it.
  page.on('console', (m) => m.type() === 'error' && /Content Security Policy/i.test(m.text()) && errors.push(m.text()));
  return {
    browser,
    page,
    close: async () => {
      await browser.close();
      if (errors.length) throw new Error(`errors in the page:\n${errors.join('\n')}`);
    },
  };
}

/** Saves test-artifacts/<name>.png: the viewport (what the user sees) unless `fullPage`. */
export async function screenshot(page: Page, name: string, fullPage = false) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage });
}

/** A meeting as `meetings:create` takes it: an empty record of the given title, with whatever else a test sets. */
export function meetingInput(title: string, overrides: Record<string, unknown> = {}) {
  return {
    title,
    kind: 'cuộc họp',
    start: '2020-06-11T08:00',
    end: null,
    location: '',
    chair: { name: '', title: '', signingTitle: '', authority: '' },
    secretary: { name: '', title: '' },
    attendees: [],
    agenda: [],
    recipients: [],
    ...overrides,
  };
}

/**
 * One server on a temporary database and one browser, opened before a test file's tests and closed after them.
 * Read `server` and `session` inside hooks and tests: they exist once the file's first beforeAll has run.
 */
export function fileSession(prefix: string): { readonly server: Server; readonly session: BrowserSession } {
  let dir = '';
  let server: Server | undefined;
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    dir = tempDir(prefix);
    server = await startServer(path.join(dir, 'db.sqlite'));
    session = await launchBrowser();
  });
  afterAll(async () => {
    await session?.close();
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return {
    get server() {
      if (!server) throw new Error('the server starts in beforeAll');
      return server;
    },
    get session() {
      if (!session) throw new Error('the browser starts in beforeAll');
      return session;
    },
  };
}
