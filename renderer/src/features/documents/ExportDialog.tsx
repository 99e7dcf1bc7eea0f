// "Xuất văn bản": choose the document (minutes or conclusion notice), the regime (the organisation's unless
// overridden) and draft or issued; see page 1 as it will be printed; export the .docx. The result names the number
// issued and the file, with "Mở bằng Word" for a saved file and, in browser mode, a download.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Regime } from '../../../../shared/domain/types';
import type { ExportedDocument } from '../../../../shared/ipc/contract';
import { api, isBrowserMode } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { base64ToBytes, downloadFile } from '../files/download';
import { DocumentPreview } from './DocumentPreview';
import { useDocumentPreview, type DocumentKind } from './useDocumentPreview';

const KINDS: DocumentKind[] = ['minutes', 'notice'];
const REGIMES: Regime[] = ['state', 'party'];
/** The sheet's width in CSS pixels: large enough to read the 12 pt lines, small enough to sit beside the choices. */
const SHEET_WIDTH_PX = 470;

export function ExportDialog({ meetingId, onClose }: { meetingId: number; onClose(): void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [kind, setKind] = useState<DocumentKind>('minutes');
  const [organizationRegime, setOrganizationRegime] = useState<Regime | null>(null);
  /** Undefined: the organisation's regime, decided by the backend. */
  const [regime, setRegime] = useState<Regime | undefined>(undefined);
  const [draft, setDraft] = useState(true);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ExportedDocument | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [exports, setExports] = useState(0);
  const preview = useDocumentPreview(meetingId, kind, regime, draft, exports);

  useEffect(() => {
    dialog.current?.showModal();
    api.call('organization:get', {}).then((org) => setOrganizationRegime(org.regime), setError);
  }, []);

  // A new choice makes the last result stale.
  const choose = (change: () => void) => {
    change();
    setResult(null);
    setError(null);
  };

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      setResult(await api.call('documents:export', { meetingId, kind, regime, draft }));
      setExports((n) => n + 1);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const open = async (path: string) => {
    try {
      await api.call('documents:open', { path });
    } catch (e) {
      setError(e);
    }
  };

  const shownRegime = regime ?? organizationRegime;
  const model = preview.model;
  const issuedBefore = preview.issuedNumber !== null;

  return (
    <dialog ref={dialog} className="dialog dialog-export" aria-labelledby="export-title" onClose={onClose}>
      <div className="export-layout">
        <div className="export-choices">
          <h2 id="export-title">{t('export.title')}</h2>
          <fieldset>
            <legend>{t('export.kind')}</legend>
            {KINDS.map((k) => (
              <label key={k} className="choice">
                <input type="radio" name="export-kind" checked={kind === k} onChange={() => choose(() => setKind(k))} />
                {t(`export.kinds.${k}`)}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('export.regime')}</legend>
            {REGIMES.map((r) => (
              <label key={r} className="choice">
                <input type="radio" name="export-regime" checked={shownRegime === r} onChange={() => choose(() => setRegime(r))} />
                {t(`export.regimes.${r}`)}
                {r === organizationRegime && <span className="muted"> {t('export.organizationDefault')}</span>}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('export.issue')}</legend>
            <label className="choice">
              <input type="radio" name="export-issue" checked={draft} onChange={() => choose(() => setDraft(true))} />
              {t('export.draft')}
            </label>
            <label className="choice">
              <input type="radio" name="export-issue" checked={!draft} onChange={() => choose(() => setDraft(false))} />
              {t('export.official')}
            </label>
            <p className="muted export-hint">{draft ? t('export.draftHint') : issuedBefore ? t('export.reissueHint') : t('export.officialHint')}</p>
          </fieldset>
          {error !== null && <ErrorNotice error={error} />}
          {result && <ExportResult result={result} onOpen={open} />}
          <div className="form-actions">
            <button type="button" className="button-quiet" onClick={() => dialog.current?.close()}>
              {t('common.close')}
            </button>
            <button type="button" className="button-primary" disabled={busy} onClick={run}>
              {busy ? t('export.exporting') : t('export.run')}
            </button>
          </div>
        </div>
        <div className={`export-preview${preview.loading ? ' export-preview-loading' : ''}`} aria-busy={preview.loading}>
          {preview.error !== null && <ErrorNotice error={preview.error} onRetry={preview.retry} />}
          {model ? <DocumentPreview model={model} widthPx={SHEET_WIDTH_PX} label={t('export.preview')} /> : preview.error === null && <p className="muted">{t('common.loading')}</p>}
        </div>
      </div>
    </dialog>
  );
}

function ExportResult({ result, onOpen }: { result: ExportedDocument; onOpen(path: string): void }) {
  const { t } = useTranslation();
  const { path, contentBase64 } = result;
  return (
    <div className="notice notice-ok" role="status" data-testid="export-result">
      <span>{result.number ? t('export.issued', { number: result.number }) : t('export.draftDone')}</span>
      <span className="export-file">{t(path ? 'export.savedAs' : 'export.notSaved', { fileName: result.fileName })}</span>
      <div className="export-result-actions">
        {path && (
          <button type="button" className="button-secondary button-small" onClick={() => onOpen(path)}>
            {t('export.openFile')}
          </button>
        )}
        {isBrowserMode && contentBase64 && (
          <button type="button" className="button-secondary button-small" onClick={() => downloadFile(result.fileName, base64ToBytes(contentBase64), 'docx')}>
            {t('export.download')}
          </button>
        )}
      </div>
    </div>
  );
}
