import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportFileName, type ExportedFile, type Result } from '../../../../shared/api';
import type { Indicator, Zone } from '../../../../shared/model';
import { call, shell } from '../../../api';
import { usePreferences } from '../../../app/preferences';
import { PageHeader } from '../../../components/PageHeader';
import { ExportOptionsForm } from './ExportOptionsForm';
import { ExportOutcome, type Outcome } from './ExportOutcome';
import { ExportProgress } from './ExportProgress';
import { selectionOf, type ExportForm } from '../model/export-form';
import { useExportPeriods } from '../model/use-export-periods';
import { useLanguage } from '../../../i18n/use-language';

type Kind = 'workbook' | 'csv';

const EXTENSIONS: Record<Kind, string> = { workbook: 'xlsx', csv: 'csv' };

/** A running export: its job id (progress, cancel) and the file it writes. */
interface Running {
  jobId: string;
  fileName: string;
}

/** The options, the two exports, and then where the file went. */
export function ExportWorkspace({ zones, indicators }: { zones: Zone[]; indicators: Indicator[] }) {
  const { t: appText } = useTranslation();
  const { t } = useTranslation('export');
  const language = useLanguage();
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
  const [running, setRunning] = useState<Running | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const check = selectionOf({ ...form, period: form.period ?? periods[0] ?? null });

  async function save(kind: Kind) {
    if (!check.ok) return;
    setWorking(kind);
    setOutcome(null);
    try {
      // The save dialog first: main writes the file straight to the path it gives, by handle.
      const { selection } = check;
      const title = kind === 'workbook' ? t('actions.saveWorkbook') : t('actions.saveCsv');
      const defaultName = exportFileName(
        { period: selection.period, basis: selection.basis, latest: periods[0] ?? null },
        kind === 'workbook' ? 'workbook' : 'metrics-csv',
      );
      const chosen = await shell().chooseSaveTarget({
        title,
        defaultName,
        filters: [
          { name: t(kind === 'workbook' ? 'filters.workbook' : 'filters.csv'), extensions: [EXTENSIONS[kind]] },
        ],
      });
      if (!chosen.ok) {
        setOutcome({ kind: 'failed', error: chosen.error });
        return;
      }
      if (chosen.value === null) {
        setOutcome({ kind: 'cancelled' });
        return;
      }
      const jobId = `export-${crypto.randomUUID()}`;
      setRunning({ jobId, fileName: chosen.value.name });
      const request = { ...selection, target: chosen.value.id, jobId };
      const result: Result<ExportedFile> =
        kind === 'workbook' ? await call('exportWorkbook', request) : await call('exportMetricsCsv', request);
      if (result.ok) {
        setOutcome({ kind: 'saved', path: result.value.path, file: result.value });
        return;
      }
      const progress = await call('getExportProgress', { jobId });
      setOutcome(
        progress.ok && progress.value.stage === 'cancelled'
          ? { kind: 'stopped' }
          : { kind: 'failed', error: result.error },
      );
    } catch (cause) {
      setOutcome({
        kind: 'failed',
        error: { code: 'internal', message: cause instanceof Error ? cause.message : String(cause) },
      });
    } finally {
      setWorking(null);
      setRunning(null);
    }
  }

  async function reveal(path: string) {
    try {
      await shell().revealInFolder(path);
    } catch (cause) {
      if (outcome && (outcome.kind === 'saved' || outcome.kind === 'revealFailed')) {
        setOutcome({
          kind: 'revealFailed',
          path,
          file: outcome.file,
          message: cause instanceof Error ? cause.message : String(cause),
        });
      }
    }
  }

  return (
    <div className="export-screen">
      <PageHeader title={appText('screens.export.title')} description={appText('screens.export.description')} />
      <ExportOptionsForm
        form={form}
        periods={periods}
        zones={zones}
        onChange={(patch) => setForm((current) => ({ ...current, ...patch }))}
        problem={check.ok ? null : check.problem}
      />
      <section className="panel" aria-labelledby="export-contents-title">
        <h2 className="panel__title" id="export-contents-title">
          {t('contents.title')}
        </h2>
        <p>{t('contents.sheets')}</p>
        <p className="field__hint">{t('contents.csv')}</p>
        <div className="export-actions">
          <button
            type="button"
            className="button button--primary"
            disabled={!check.ok || working !== null}
            onClick={() => void save('workbook')}
          >
            {t('actions.saveWorkbook')}
          </button>
          <button
            type="button"
            className="button"
            disabled={!check.ok || working !== null}
            onClick={() => void save('csv')}
          >
            {t('actions.saveCsv')}
          </button>
          {working && !running && (
            <span className="export-actions__working" role="status">
              {t('actions.working')}
            </span>
          )}
        </div>
        {running && (
          <ExportProgress
            jobId={running.jobId}
            fileName={running.fileName}
            onCancel={() => void call('cancelExport', { jobId: running.jobId })}
          />
        )}
      </section>
      {outcome && <ExportOutcome outcome={outcome} onReveal={(path) => void reveal(path)} />}
    </div>
  );
}
