// Browser mode: serves the built renderer and the contract over HTTP on 127.0.0.1 only.
// Every RPC needs the per-run bearer token; requests naming another Host are refused (DNS rebinding);
// no CORS header is ever sent, so other origins cannot read responses.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Dispatch } from '../core/dispatcher';
import { fail, type Result } from '../../shared/ipc/result';

export const MAX_BODY_BYTES = 10 * 1024 * 1024;

export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export type ServerOptions = { dispatch: Dispatch; staticDir: string; port?: number; token?: string };
export type RunningServer = { url: string; port: number; token: string; close(): Promise<void> };

const sameSecret = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

function send(res: http.ServerResponse, status: number, body: string | Buffer, type: string) {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  });
  res.end(body);
}
const sendResult = (res: http.ServerResponse, status: number, result: Result<unknown>) =>
  send(res, status, JSON.stringify(result), 'application/json; charset=utf-8');

/** Reads a request body up to `limit` bytes; resolves null when it is larger. */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      req.resume();
      resolve(null);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        resolve(null);
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const root = path.resolve(options.staticDir);
  let port = 0;

  const serveStatic = (pathname: string, res: http.ServerResponse) => {
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
    const file = path.resolve(root, relative);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      send(res, 404, 'Not found', 'text/plain; charset=utf-8');
      return;
    }
    send(res, 200, fs.readFileSync(file), MIME[path.extname(file)] ?? 'application/octet-stream');
  };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      sendResult(res, 403, fail('UNAUTHORIZED', 'Máy chủ chỉ nhận yêu cầu gửi tới 127.0.0.1 / Requests must be addressed to 127.0.0.1'));
      return;
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (url.pathname.startsWith('/rpc/')) {
      if (req.method !== 'POST') {
        sendResult(res, 405, fail('VALIDATION', 'Chỉ chấp nhận POST / Only POST is accepted'));
        return;
      }
      const auth = req.headers.authorization ?? '';
      if (!auth.startsWith('Bearer ') || !sameSecret(auth.slice(7), token)) {
        sendResult(res, 401, fail('UNAUTHORIZED', 'Thiếu hoặc sai mã truy cập / Missing or wrong access token'));
        return;
      }
      const body = await readBody(req, MAX_BODY_BYTES);
      if (body === null) {
        sendResult(res, 413, fail('TOO_LARGE', `Dữ liệu gửi lên quá lớn (tối đa ${MAX_BODY_BYTES / 1024 / 1024} MB) / The request is too large (at most ${MAX_BODY_BYTES / 1024 / 1024} MB)`));
        return;
      }
      let payload: unknown;
      try {
        payload = body.length ? JSON.parse(body.toString('utf8')) : {};
      } catch {
        sendResult(res, 400, fail('VALIDATION', 'Dữ liệu gửi lên không phải JSON hợp lệ / The request body is not valid JSON'));
        return;
      }
      const channel = decodeURIComponent(url.pathname.slice('/rpc/'.length));
      sendResult(res, 200, await options.dispatch(channel, payload));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8');
      return;
    }
    serveStatic(url.pathname, res);
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e) => {
      console.error('[bien-ban] request failed', e);
      if (!res.headersSent) sendResult(res, 500, fail('INTERNAL', 'Lỗi nội bộ / Internal error'));
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections(); // idle keep-alive sockets would otherwise hold close() for seconds
          }),
      });
    });
  });
}
