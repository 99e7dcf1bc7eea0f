// The typed client for every backend call in shared/ipc/contract.ts. It picks its transport itself: the
// preload bridge (window.bienBan) in Electron, else HTTP POST /rpc/<channel> with the browser-mode token.
// Error envelopes become thrown ApiErrors; the UI words them from `code`, never from `message`.
import type { Bridge } from '../../../shared/ipc/bridge';
import type { Channel, Input, Output } from '../../../shared/ipc/contract';
import type { ErrorCode, Result } from '../../../shared/ipc/result';

declare global {
  interface Window {
    bienBan?: Bridge;
  }
}

/** Contract error codes, plus NETWORK when the browser-mode server cannot be reached at all. */
export type ApiErrorCode = ErrorCode | 'NETWORK';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const TOKEN_KEY = 'bienBan.token';

/**
 * The token arrives once as ?token=… in the address. It moves to sessionStorage (a reload still works, a new
 * tab does not inherit it) and leaves the address bar, so it is not shown, bookmarked or copied along.
 */
function takeToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

type Transport = (channel: string, payload: unknown, options: CallOptions) => Promise<Result<unknown>>;

export type CallOptions = {
  /** Lets the request outlive the page (used by the last save on page hide; bodies up to 64 KB only). */
  keepalive?: boolean;
};

const KEEPALIVE_LIMIT = 60_000;

function httpTransport(token: string | null): Transport {
  return async (channel, payload, options) => {
    const body = JSON.stringify(payload);
    let response: Response;
    try {
      response = await fetch(`/rpc/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body,
        keepalive: Boolean(options.keepalive) && body.length < KEEPALIVE_LIMIT,
      });
    } catch (e) {
      throw new ApiError('NETWORK', (e as Error).message);
    }
    try {
      return (await response.json()) as Result<unknown>;
    } catch {
      throw new ApiError('INTERNAL', `HTTP ${response.status}`);
    }
  };
}

function pickTransport(): Transport {
  const bridge = window.bienBan;
  if (bridge) return (channel, payload) => bridge.invoke(channel, payload);
  return httpTransport(takeToken());
}

const transport = pickTransport();

/** Browser mode: files reach the user as downloads, since no save dialog of the app's own exists. */
export const isBrowserMode = !window.bienBan;

export const api = {
  async call<C extends Channel>(channel: C, input: Input<C>, options: CallOptions = {}): Promise<Output<C>> {
    const result = await transport(channel, input, options);
    if (!result.ok) throw new ApiError(result.error.code, result.error.message);
    return result.value as Output<C>;
  },
};

/** Menu commands from Electron's main process; a no-op in browser mode. */
export const onMenuCommand = (listener: (command: string) => void): (() => void) =>
  window.bienBan?.onMenu(listener) ?? (() => {});
