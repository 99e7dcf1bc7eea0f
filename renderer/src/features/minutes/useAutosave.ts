// Autosave of the minutes: at most ~0.5 s after the last keystroke (and at least every second while typing
// goes on), immediately on blur and when the page is hidden. One save in flight at a time; edits made
// meanwhile are saved right after it. A failed save keeps the text and retries; content refused as it is (too large,
// invalid) waits for the next edit; CONFLICT stops and asks to reload.
import type { Editor } from '@tiptap/core';
import { useEffect, useRef, useState } from 'react';
import type { RichDoc } from '../../../../shared/domain/types';
import { api, ApiError, type ApiErrorCode } from '../../api/client';

const DEBOUNCE_MS = 500;
/** A crash may cost at most the last second of typing, even while typing never pauses. */
const MAX_WAIT_MS = 1_000;
const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000];
/** Refusals that the same content would meet again: wait for the next edit instead of retrying. */
const REFUSED_AS_IS = new Set<ApiErrorCode>(['VALIDATION', 'TOO_LARGE', 'CONFLICT']);

export type SaveStatus = { state: 'saving' | 'saved' | 'error'; errorCode: ApiErrorCode | null; detail: string };

type Options = { editor: Editor; meetingId: number; revision: number; onSaved(content: RichDoc): void };

class Autosaver {
  private revision: number;
  private dirty = false;
  private inFlight = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstUnsavedAt: number | null = null;
  private failures = 0;
  private error: ApiError | null = null;
  /** The document when the page was left: the editor may be destroyed before the last save starts. */
  private finalContent: RichDoc | null = null;

  constructor(
    private readonly options: Options,
    private readonly report: (status: SaveStatus) => void,
  ) {
    this.revision = options.revision;
  }

  changed() {
    this.dirty = true;
    const now = Date.now();
    this.firstUnsavedAt ??= now;
    this.schedule(Math.min(DEBOUNCE_MS, this.firstUnsavedAt + MAX_WAIT_MS - now));
    this.emit();
  }

  flush(keepalive = false) {
    clearTimeout(this.timer);
    if (!this.dirty || this.inFlight || this.error?.code === 'CONFLICT') return;
    void this.save(keepalive);
  }

  /** Saves what is pending (also after the editor is gone), then stops retrying. */
  dispose() {
    this.finalContent = this.options.editor.getJSON() as RichDoc;
    this.flush();
    clearTimeout(this.timer);
  }

  private schedule(delay: number) {
    clearTimeout(this.timer);
    if (this.finalContent) return;
    this.timer = setTimeout(() => this.flush(), Math.max(0, delay));
  }

  private async save(keepalive: boolean) {
    const { editor, meetingId, onSaved } = this.options;
    const content = this.finalContent ?? (editor.getJSON() as RichDoc);
    this.dirty = false;
    this.firstUnsavedAt = null;
    this.inFlight = true;
    this.emit();
    try {
      const saved = await api.call('minutes:save', { meetingId, content, baseRevision: this.revision }, { keepalive });
      this.revision = saved.revision;
      this.failures = 0;
      this.error = null;
      onSaved(content);
    } catch (e) {
      // The text stays in the editor and is marked unsaved again, so nothing typed is ever dropped.
      this.dirty = true;
      this.error = e instanceof ApiError ? e : new ApiError('INTERNAL', String(e));
      if (!REFUSED_AS_IS.has(this.error.code)) this.schedule(RETRY_MS[Math.min(this.failures++, RETRY_MS.length - 1)]);
    } finally {
      this.inFlight = false;
    }
    if (this.dirty && !this.error) this.flush();
    this.emit();
  }

  private emit() {
    if (this.error) this.report({ state: 'error', errorCode: this.error.code, detail: this.error.message });
    else this.report({ state: this.dirty || this.inFlight ? 'saving' : 'saved', errorCode: null, detail: '' });
  }
}

export function useAutosave(options: Options): SaveStatus {
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved', errorCode: null, detail: '' });
  const latest = useRef(options);
  latest.current = options;
  const { editor, meetingId } = options;

  useEffect(() => {
    const saver = new Autosaver(
      { editor, meetingId, revision: latest.current.revision, onSaved: (content) => latest.current.onSaved(content) },
      setStatus,
    );
    const onUpdate = () => saver.changed();
    const onBlur = () => saver.flush();
    // The last chance before the page goes away: keepalive lets the request outlive it.
    const onHidden = () => saver.flush(true);
    const onVisibility = () => document.visibilityState === 'hidden' && onHidden();
    editor.on('update', onUpdate);
    editor.on('blur', onBlur);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onHidden);
    return () => {
      editor.off('update', onUpdate);
      editor.off('blur', onBlur);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onHidden);
      saver.dispose();
    };
    // The revision is read once: later revisions come from the saver's own saves.
  }, [editor, meetingId]);

  return status;
}
