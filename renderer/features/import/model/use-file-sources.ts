import { useCallback, useState } from 'react';
import type { AppError, ImportFile } from '../../../../shared/api';
import { shell } from '../../../api';
import { usePreferences } from '../../../app/preferences';
import { importFileOf, SPREADSHEET_EXTENSIONS } from './file-reading';
import { useTranslation } from 'react-i18next';

/** Where a file comes from: the open dialog, or a drop on the window; main registers either and hands back a handle. */
export function useFileSources(onFile: (file: ImportFile) => Promise<void>): {
  choose(): Promise<void>;
  dropped(file: File): void;
  refusal: AppError | null;
} {
  const { t } = useTranslation('import');
  const { preferences } = usePreferences();
  const [refusal, setRefusal] = useState<AppError | null>(null);

  const choose = useCallback(async () => {
    try {
      const picked = await shell().openFile({
        title: t('file.dialogTitle'),
        filters: [{ name: t('file.filterName'), extensions: SPREADSHEET_EXTENSIONS }],
      });
      if (!picked.ok) {
        setRefusal(picked.error);
        return;
      }
      setRefusal(null);
      if (picked.value) await onFile(importFileOf(picked.value));
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
      void shell()
        .openDroppedFile(file)
        .then(
          (opened) => {
            if (opened.ok) return onFile(importFileOf(opened.value));
            // The preload's own refusal (no path) is the one said here in the app's language; main's name the file's problem.
            setRefusal(
              opened.error.code === 'not_found'
                ? { code: 'not_found', message: t('file.notOnDisk', { file: file.name }) }
                : opened.error,
            );
          },
          (cause: unknown) =>
            setRefusal({ code: 'refused', message: cause instanceof Error ? cause.message : String(cause) }),
        );
    },
    [onFile, preferences.importSizeLimitMb, t],
  );

  return { choose, dropped, refusal };
}
