import type { ImportPreview } from '../../../../shared/api';
import { useImportText } from '../i18n/use-import-text';

/** What the import read and why, before any figure: one line each, as the backend says it. */
export function ReadingList({ reading }: { reading: ImportPreview['reading'] }) {
  const { t } = useImportText();
  if (reading.length === 0) return null;
  return (
    <dl className="import-reading" aria-label={t('source.readingLabel')}>
      {reading.map((note, index) => (
        <div key={`${note.what}-${index}`} className="import-reading__line">
          <dt>{t(`source.reading.${note.what}`)}</dt>
          <dd lang="en">
            {note.value} <span className="muted">({note.from})</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
