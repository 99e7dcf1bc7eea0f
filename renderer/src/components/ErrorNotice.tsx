// Shows a failed call in the user's language: the words come from the error code, the server's message
// is only offered as detail (it may be technical or in the other language).
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

export function errorCode(error: unknown): string {
  return error instanceof ApiError ? error.code : 'INTERNAL';
}

export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <div className="notice notice-error" role="alert">
      <span>{t(`errors.${errorCode(error)}`)}</span>
      {onRetry && (
        <button type="button" className="button-small" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
      {detail && (
        <details>
          <summary>{t('errors.detail')}</summary>
          <p>{detail}</p>
        </details>
      )}
    </div>
  );
}
