import { useState } from 'react';
import type { ImportReport } from '../../../../../shared/api';
import { useCatalog } from '../../../../app/catalog';
import { nameOf } from '../../../../i18n/names';
import type { UndoState } from '../../model/use-undo-import';
import { Counts } from '../Counts';
import { ProblemItem } from '../ProblemItem';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../../i18n/use-language';

/** What the commit did, the zones and indicators it created, and "Undo this import". */
export function ReportStep({ report, undo }: { report: ImportReport; undo: UndoState }) {
  const { t } = useTranslation('import');
  const language = useLanguage();
  const { zones, indicators } = useCatalog();
  const [undone, setUndone] = useState(false);
  const locale = language === 'zh' ? 'zh-CN' : 'en';
  const none = t('report.none');
  const list = (ids: string[], items: typeof zones | typeof indicators) =>
    ids.length ? ids.map((id) => nameOf(items, id, language)).join(', ') : none;

  async function undoIt(force: boolean) {
    if (report.importId && (await undo.undo(report.importId, report.fileName, force))) setUndone(true);
  }

  return (
    <div className="stack">
      <h2 className="import-report__title">
        {t(report.committed ? 'report.title' : 'report.notCommitted', { file: report.fileName })}
      </h2>
      <Counts
        label={t('steps.report')}
        locale={locale}
        items={[
          { key: 'added', label: t('report.added'), value: report.added },
          { key: 'changed', label: t('report.changed'), value: report.changed },
          { key: 'unchanged', label: t('report.unchanged'), value: report.unchanged },
          { key: 'conflicts', label: t('report.conflicts'), value: report.conflicts },
          { key: 'errors', label: t('report.errors'), value: report.errors },
          { key: 'warnings', label: t('report.warnings'), value: report.warnings },
        ]}
      />
      <dl className="facts">
        {report.conflicts > 0 && (
          <>
            <dt>{t('report.overwritten')}</dt>
            <dd>{report.overwritten}</dd>
            <dt>{t('report.kept')}</dt>
            <dd>{report.kept}</dd>
          </>
        )}
        {report.skipped > 0 && (
          <>
            <dt>{t('report.skipped')}</dt>
            <dd>{report.skipped}</dd>
          </>
        )}
        <dt>{t('report.zonesCreated')}</dt>
        <dd>{list(report.zonesCreated, zones)}</dd>
        <dt>{t('report.indicatorsCreated')}</dt>
        <dd>{list(report.indicatorsCreated, indicators)}</dd>
      </dl>
      {report.problems.length > 0 && (
        <ul className="import-problems" aria-label={t('problems.listLabel')}>
          {report.problems.map((problem, index) => (
            <ProblemItem key={index} problem={problem} />
          ))}
        </ul>
      )}
      {undone && <p className="import-note import-note--success">{t('report.undoneNote')}</p>}
      {report.importId && !undone && (
        <div className="import-actions">
          <button type="button" className="button" disabled={undo.busy} onClick={() => void undoIt(false)}>
            {t('report.undo')}
          </button>
          {undo.refused === report.importId && (
            <>
              <p className="import-note import-note--warning" role="alert">
                {t('report.undoRefused')}
              </p>
              <button
                type="button"
                className="button button--danger"
                disabled={undo.busy}
                onClick={() => void undoIt(true)}
              >
                {t('report.undoForce')}
              </button>
            </>
          )}
        </div>
      )}
    </div>
  );
}
