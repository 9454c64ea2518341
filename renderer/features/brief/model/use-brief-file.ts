import { useCallback, useState } from 'react';
import { BRIEF_TEXT_EXTENSIONS, errorMessage, SPREADSHEET_EXTENSIONS, type OpenedFile } from '../../../../shared/api';
import { call, shell } from '../../../api';
import { droppedFileRefusal, extensionList } from '../../../components/dropped-file-refusal';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';
import type { BriefState } from './use-brief';

export interface BriefFile {
  /** The open dialog, filtered on the brief text extensions. */
  open(): Promise<void>;
  /** A file dropped on the window (the first of `droppedCount`), registered by main as a brief text file. */
  dropped(file: File, droppedCount: number): void;
  /** Why the last file could not be read, in the app's language where the page can say it. */
  failure: string | null;
  /** Said beside a drop of several files: only the first is read. */
  notice: string | null;
}

/** Where a brief's text comes from besides the keyboard: a file opened or dropped, both read by main through a handle. */
export function useBriefFile(setInput: BriefState['setInput']): BriefFile {
  const { t } = useTranslation('brief');
  const language = useLanguage();
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  // The one way a registered file becomes the brief's text, whichever way it came.
  const readIntoInput = useCallback(
    async (opened: OpenedFile) => {
      const read = await call('readBriefFile', { file: { handle: opened.handle, name: opened.name } });
      if (!read.ok) return setFailure(read.error.message);
      setFailure(null);
      setInput((current) => ({ ...current, text: read.value.text, origin: read.value.name }));
    },
    [setInput],
  );

  const open = useCallback(async () => {
    setNotice(null);
    const picked = await shell().openFile({
      title: t('input.dialogTitle'),
      filters: [{ name: t('input.filterName'), extensions: BRIEF_TEXT_EXTENSIONS }],
    });
    if (!picked.ok) return setFailure(picked.error.message);
    if (!picked.value) return setFailure(null);
    await readIntoInput(picked.value);
  }, [readIntoInput, t]);

  const dropped = useCallback(
    (file: File, droppedCount: number) => {
      setNotice(droppedCount > 1 ? t('drop.firstOnly', { count: droppedCount, file: file.name }) : null);
      setFailure(null);
      void shell()
        .openDroppedFile(file, 'briefText')
        .then(async (opened) => {
          if (opened.ok) return readIntoInput(opened.value);
          const refusal = droppedFileRefusal(opened.error, file.name, {
            notOnDisk: (name) => t('drop.notOnDisk', { file: name }),
            otherKind: (name, extension) =>
              SPREADSHEET_EXTENSIONS.includes(extension)
                ? t('drop.spreadsheet', { file: name })
                : t('drop.otherKind', { file: name, accepted: extensionList(BRIEF_TEXT_EXTENSIONS, language) }),
          });
          setFailure(refusal.message);
        })
        .catch((cause: unknown) => setFailure(errorMessage(cause)));
    },
    [readIntoInput, t, language],
  );

  return { open, dropped, failure, notice };
}
