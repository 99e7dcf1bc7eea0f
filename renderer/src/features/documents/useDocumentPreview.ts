// Loads the page model for the export preview whenever the document, the regime or draft/issue changes, or after an export
// (`version`) may have issued a number. An answer for an earlier choice is dropped, so a quick switch never
// shows the wrong document.
import { useEffect, useState } from 'react';
import type { Regime } from '../../../../shared/domain/types';
import type { DocModel } from '../../../../shared/docx/model';
import { api } from '../../api/client';

export type DocumentKind = DocModel['kind'];

export function useDocumentPreview(meetingId: number, kind: DocumentKind, regime: Regime | undefined, draft: boolean, version: number) {
  const [model, setModel] = useState<DocModel | null>(null);
  const [issuedNumber, setIssuedNumber] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setError(null);
    api.call('documents:preview', { meetingId, kind, regime, draft }).then(
      (value) => {
        if (!live) return;
        setModel(value.model);
        setIssuedNumber(value.issuedNumber);
      },
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [meetingId, kind, regime, draft, version, attempt]);

  // The previous model stays on screen (marked as loading) while the next one comes: the sheet does not flash empty.
  const loading = model === null || model.kind !== kind || model.draft !== draft || (regime !== undefined && model.regime !== regime);
  return { model, issuedNumber, loading, error, retry: () => setAttempt((n) => n + 1) };
}
