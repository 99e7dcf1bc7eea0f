// The autosave indicator: "Đang lưu…" / "Đã lưu", or what went wrong (a conflict asks for a reload).
// data-state is what the end-to-end tests wait on.
import { useTranslation } from 'react-i18next';
import type { SaveStatus } from './useAutosave';

export function SaveStatusView({ status }: { status: SaveStatus }) {
  const { t } = useTranslation();
  const conflict = status.errorCode === 'CONFLICT';
  const tooLarge = status.errorCode === 'TOO_LARGE';
  return (
    <div className={`save-status save-status-${status.state}`} data-testid="save-status" data-state={status.state} role="status" aria-live="polite">
      {status.state === 'error' ? (
        <>
          <span title={status.detail}>
            {conflict ? t('save.conflict') : tooLarge ? t('save.tooLarge') : `${t('save.error')} (${t(`errors.${status.errorCode}`)})`}
          </span>
          {conflict && (
            <button type="button" className="button-small" onClick={() => window.location.reload()}>
              {t('save.reload')}
            </button>
          )}
        </>
      ) : (
        <span>{status.state === 'saving' ? t('save.saving') : t('save.saved')}</span>
      )}
    </div>
  );
}
