import { useCallback, useState } from 'react';
import type { AppError, ImportFile } from '../../../../shared/api';
import { shell } from '../../../api';
import { usePreferences } from '../../../app/preferences';
import { useImportText } from '../i18n/use-import-text';
import { readDroppedFile, SPREADSHEET_EXTENSIONS } from './file-reading';

/** Where a file comes from: the open dialog, or a drop on the window (read here, as base64). */
export function useFileSources(onFile: (file: ImportFile) => Promise<void>): { choose(): Promise<void>; dropped(file: File): void; refusal: AppError | null } {
  const { t } = useImportText();
  const { preferences } = usePreferences();
  const [refusal, setRefusal] = useState<AppError | null>(null);

  const choose = useCallback(async () => {
    try {
      const picked = await shell().openFile({ title: t('file.dialogTitle'), filters: [{ name: t('file.filterName'), extensions: SPREADSHEET_EXTENSIONS }] });
      setRefusal(null);
      if (picked) await onFile({ name: picked.name, base64: picked.base64 });
    } catch (cause) {
      setRefusal({ code: 'refused', message: cause instanceof Error ? cause.message : String(cause) });
    }
  }, [onFile, t]);

  const dropped = useCallback(
    (file: File) => {
      const limit = preferences.importSizeLimitMb;
      if (file.size > limit * 1024 * 1024) {
        setRefusal({ code: 'refused', message: t('file.tooLarge', { file: file.name, limit }) });
        return;
      }
      setRefusal(null);
      void readDroppedFile(file).then(onFile, (cause: unknown) => setRefusal({ code: 'refused', message: cause instanceof Error ? cause.message : String(cause) }));
    },
    [onFile, preferences.importSizeLimitMb, t],
  );

  return { choose, dropped, refusal };
}
