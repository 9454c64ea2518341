import { useCallback, useState } from 'react';
import type { UndoOutcome } from '../../../../shared/api';
import { call, reportError } from '../../../api';
import { useCatalog } from '../../../app/catalog';
import { useNotify } from '../../../app/notifications';
import { useTranslation } from 'react-i18next';

export interface UndoState {
  /** The import whose undo was refused because its figures changed since; "Undo anyway" forces it. */
  refused: string | null;
  busy: boolean;
  undo(importId: string, fileName: string, force?: boolean): Promise<UndoOutcome | null>;
}

/** Undoes one import in one step; a refusal for later edits is kept so the user can force it. */
export function useUndoImport(onUndone: () => void): UndoState {
  const { t } = useTranslation('import');
  const notify = useNotify();
  const { reload } = useCatalog();
  const [refused, setRefused] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const undo = useCallback(
    async (importId: string, fileName: string, force = false) => {
      setBusy(true);
      const result = await call('undoImport', { importId, force });
      setBusy(false);
      if (!result.ok) {
        if (result.error.code === 'conflict' && !force) setRefused(importId);
        else reportError(result.error);
        return null;
      }
      setRefused(null);
      notify({
        tone: 'success',
        text: t('report.undone', { file: fileName, removed: result.value.removed, restored: result.value.restored }),
      });
      await reload();
      onUndone();
      return result.value;
    },
    [notify, reload, onUndone, t],
  );

  return { refused, busy, undo };
}
