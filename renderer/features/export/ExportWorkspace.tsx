import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportedFile, Result } from '../../../shared/api';
import type { Indicator, Zone } from '../../../shared/model';
import { call, shell } from '../../api';
import { usePreferences } from '../../app/preferences';
import { PageHeader } from '../../components/PageHeader';
import { ExportOptionsForm } from './components/ExportOptionsForm';
import { ExportOutcome, type Outcome } from './components/ExportOutcome';
import { useExportText } from './i18n/use-export-text';
import { selectionOf, type ExportForm } from './model/export-form';
import { useExportPeriods } from './use-export-periods';

type Kind = 'workbook' | 'csv';

const EXTENSIONS: Record<Kind, string> = { workbook: 'xlsx', csv: 'csv' };

/** The options, the two exports, and then where the file went. */
export function ExportWorkspace({ zones, indicators }: { zones: Zone[]; indicators: Indicator[] }) {
  const { t: appText } = useTranslation();
  const { t, language } = useExportText();
  const { preferences } = usePreferences();
  const periods = useExportPeriods(indicators);
  const [form, setForm] = useState<ExportForm>(() => ({
    periodMode: 'all',
    period: null,
    basis: 'both',
    zoneMode: 'all',
    zoneIds: [],
    language,
    threshold: String(preferences.streakThreshold),
  }));
  const [working, setWorking] = useState<Kind | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const check = selectionOf({ ...form, period: form.period ?? periods[0] ?? null });

  async function save(kind: Kind) {
    if (!check.ok) return;
    setWorking(kind);
    setOutcome(null);
    try {
      const result: Result<ExportedFile> = kind === 'workbook' ? await call('exportWorkbook', check.selection) : await call('exportMetricsCsv', check.selection);
      if (!result.ok) {
        setOutcome({ kind: 'failed', error: result.error });
        return;
      }
      const title = kind === 'workbook' ? t('actions.saveWorkbook') : t('actions.saveCsv');
      const path = await shell().saveFile({ title, defaultName: result.value.fileName, filters: [{ name: t(kind === 'workbook' ? 'filters.workbook' : 'filters.csv'), extensions: [EXTENSIONS[kind]] }], base64: result.value.base64 });
      setOutcome(path ? { kind: 'saved', path, file: result.value } : { kind: 'cancelled' });
    } catch (cause) {
      setOutcome({ kind: 'failed', error: { code: 'internal', message: cause instanceof Error ? cause.message : String(cause) } });
    } finally {
      setWorking(null);
    }
  }

  async function reveal(path: string) {
    try {
      await shell().revealInFolder(path);
    } catch (cause) {
      if (outcome && (outcome.kind === 'saved' || outcome.kind === 'revealFailed')) {
        setOutcome({ kind: 'revealFailed', path, file: outcome.file, message: cause instanceof Error ? cause.message : String(cause) });
      }
    }
  }

  return (
    <div className="export-screen">
      <PageHeader title={appText('screens.export.title')} description={appText('screens.export.description')} />
      <ExportOptionsForm form={form} periods={periods} zones={zones} onChange={(patch) => setForm((current) => ({ ...current, ...patch }))} problem={check.ok ? null : check.problem} />
      <section className="panel" aria-labelledby="export-contents-title">
        <h2 className="panel__title" id="export-contents-title">
          {t('contents.title')}
        </h2>
        <p>{t('contents.sheets')}</p>
        <p className="field__hint">{t('contents.csv')}</p>
        <div className="export-actions">
          <button type="button" className="button button--primary" disabled={!check.ok || working !== null} onClick={() => void save('workbook')}>
            {t('actions.saveWorkbook')}
          </button>
          <button type="button" className="button" disabled={!check.ok || working !== null} onClick={() => void save('csv')}>
            {t('actions.saveCsv')}
          </button>
          {working && (
            <span className="export-actions__working" role="status">
              {t('actions.working')}
            </span>
          )}
        </div>
      </section>
      {outcome && <ExportOutcome outcome={outcome} onReveal={(path) => void reveal(path)} />}
    </div>
  );
}
