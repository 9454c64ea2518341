import { useApiValue } from '../../../data/use-api-value';
import { formatDateTime } from '../../../i18n/format';
import type { UndoState } from '../model/use-undo-import';
import { TableFrame } from '../../../components/TableFrame';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';

/** The imports kept for undo, newest first; `version` changes after each commit or undo. */
export function RecentImports({ version, undo }: { version: number; undo: UndoState }) {
  const { t } = useTranslation('import');
  const language = useLanguage();
  const imports = useApiValue('listImports', {}, { followDataset: false, readAgainOn: version }).value;
  const locale = language === 'zh' ? 'zh-CN' : 'en';

  return (
    <section className="panel import-recent" aria-labelledby="import-recent-title">
      <h2 id="import-recent-title" className="panel__title">
        {t('recent.title')}
      </h2>
      {imports !== null && imports.length === 0 && <p className="muted">{t('recent.none')}</p>}
      {imports !== null && imports.length > 0 && (
        <TableFrame labelledBy="import-recent-title">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('recent.when')}</th>
                <th scope="col">{t('recent.file')}</th>
                <th scope="col" className="table__number">
                  {t('recent.added')}
                </th>
                <th scope="col" className="table__number">
                  {t('recent.changed')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('recent.undo')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {imports.map((item) => (
                <tr key={item.importId}>
                  <td className="table__nowrap">{formatDateTime(item.at, locale)}</td>
                  <td>{item.fileName}</td>
                  <td className="table__number">{item.added}</td>
                  <td className="table__number">{item.changed}</td>
                  <td className="table__actions">
                    {item.undoable ? (
                      <button
                        type="button"
                        className="button button--small"
                        disabled={undo.busy}
                        aria-label={t('recent.undoOf', { file: item.fileName })}
                        onClick={() => void undo.undo(item.importId, item.fileName, undo.refused === item.importId)}
                      >
                        {t(undo.refused === item.importId ? 'report.undoForce' : 'recent.undo')}
                      </button>
                    ) : (
                      <span className="muted">{t('recent.undone')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
    </section>
  );
}
