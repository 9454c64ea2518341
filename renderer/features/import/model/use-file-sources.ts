import { useCallback, useState } from 'react';
import { BRIEF_TEXT_EXTENSIONS, type AppError, type ImportFile } from '../../../../shared/api';
import { shell } from '../../../api';
import { usePreferences } from '../../../app/preferences';
import { droppedFileRefusal, extensionList } from '../../../components/dropped-file-refusal';
import { useLanguage } from '../../../i18n/use-language';
import { importFileOf, SPREADSHEET_EXTENSIONS } from './file-reading';
import { useTranslation } from 'react-i18next';

/** Where a file comes from: the open dialog, or a drop on the window; main registers either and hands back a handle. */
export function useFileSources(onFile: (file: ImportFile) => Promise<void>): {
  choose(): Promise<void>;
  dropped(file: File): void;
  refusal: AppError | null;
} {
  const { t } = useTranslation('import');
  const language = useLanguage();
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
        .openDroppedFile(file, 'spreadsheet')
        .then(
          (opened) => {
            if (opened.ok) return onFile(importFileOf(opened.value));
            setRefusal(
              droppedFileRefusal(opened.error, file.name, {
                notOnDisk: (name) => t('file.notOnDisk', { file: name }),
                otherKind: (name, extension) =>
                  BRIEF_TEXT_EXTENSIONS.includes(extension)
                    ? t('file.briefText', { file: name })
                    : t('file.otherKind', {
                        file: name,
                        accepted: extensionList(SPREADSHEET_EXTENSIONS, language),
                      }),
              }),
            );
          },
          (cause: unknown) =>
            setRefusal({ code: 'refused', message: cause instanceof Error ? cause.message : String(cause) }),
        );
    },
    [onFile, preferences.importSizeLimitMb, t, language],
  );

  return { choose, dropped, refusal };
}
