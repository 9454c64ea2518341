import { useCallback, useRef, useState } from 'react';
import type { AppError, ImportFile, ImportOptions, ImportPreview, ImportReport } from '../../../../shared/api';
import { call } from '../../../api';
import { choicesFor, INITIAL_DECISIONS, type Decisions } from './conflict-decisions';
import { newJobId } from './job-id';
import type { WizardStep } from './steps';

export interface RunningJob {
  jobId: string;
  kind: 'preview' | 'commit';
}

export interface ImportWizard {
  step: WizardStep;
  file: ImportFile | null;
  options: ImportOptions;
  preview: ImportPreview | null;
  /** The last refusal (a file that is no spreadsheet, a cancelled commit); shown in place. */
  failure: AppError | null;
  report: ImportReport | null;
  job: RunningJob | null;
  decisions: Decisions;
  goTo(step: WizardStep): void;
  openFile(file: ImportFile): Promise<void>;
  /** Changes what the preview reads (sheet, header row, layout, mapping, zone, period) and previews again. */
  changeOptions(patch: ImportOptions): Promise<void>;
  decide(patch: Partial<Decisions>): void;
  commit(): Promise<ImportReport | null>;
  cancel(): Promise<void>;
  startOver(): void;
}

/** Options that depend on the sheet's shape: a new sheet or header row reads them afresh. */
function withPatch(options: ImportOptions, patch: ImportOptions): ImportOptions {
  const next = { ...options, ...patch };
  if ('sheet' in patch && patch.sheet !== options.sheet) {
    delete next.headerRow;
    delete next.layout;
    delete next.mapping;
  }
  if (
    ('headerRow' in patch && patch.headerRow !== options.headerRow) ||
    ('layout' in patch && patch.layout !== options.layout)
  )
    delete next.mapping;
  return next;
}

/** The import wizard's state: the file, what the user chose, the preview of it, the commit and its report. */
export function useImportWizard(): ImportWizard {
  const [step, setStep] = useState<WizardStep>('file');
  const [file, setFile] = useState<ImportFile | null>(null);
  const [options, setOptions] = useState<ImportOptions>({});
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [job, setJob] = useState<RunningJob | null>(null);
  const [decisions, setDecisions] = useState<Decisions>(INITIAL_DECISIONS);
  // Only the latest preview's answer counts: earlier ones may arrive after it.
  const latest = useRef(0);

  const runPreview = useCallback(async (target: ImportFile, nextOptions: ImportOptions): Promise<boolean> => {
    const request = ++latest.current;
    const jobId = newJobId();
    setJob({ jobId, kind: 'preview' });
    const result = await call('previewImport', { file: target, options: nextOptions, jobId });
    if (request !== latest.current) return false;
    setJob(null);
    if (!result.ok) {
      setFailure(result.error);
      return false;
    }
    setFailure(null);
    setPreview((previous) => {
      if (previous?.token !== result.value.token) setDecisions((current) => ({ ...current, rows: {} }));
      return result.value;
    });
    return true;
  }, []);

  const openFile = useCallback(
    async (next: ImportFile) => {
      setFile(next);
      setOptions({});
      setPreview(null);
      setReport(null);
      setDecisions(INITIAL_DECISIONS);
      setStep('file');
      if (await runPreview(next, {})) setStep('source');
    },
    [runPreview],
  );

  const changeOptions = useCallback(
    async (patch: ImportOptions) => {
      if (!file) return;
      const next = withPatch(options, patch);
      setOptions(next);
      await runPreview(file, next);
    },
    [file, options, runPreview],
  );

  const commit = useCallback(async () => {
    if (!preview) return null;
    const jobId = newJobId();
    setJob({ jobId, kind: 'commit' });
    const result = await call('commitImport', {
      token: preview.token,
      onConflict: decisions.policy,
      validOnly: decisions.validOnly,
      reopenVerified: decisions.reopenVerified,
      choices: choicesFor(preview.conflicts, decisions),
      jobId,
    });
    setJob(null);
    if (!result.ok) {
      setFailure(result.error);
      return null;
    }
    setFailure(null);
    setReport(result.value);
    setStep('report');
    return result.value;
  }, [preview, decisions]);

  const cancel = useCallback(async () => {
    if (job) await call('cancelImport', { jobId: job.jobId });
  }, [job]);

  const startOver = useCallback(() => {
    latest.current++;
    setFile(null);
    setOptions({});
    setPreview(null);
    setFailure(null);
    setReport(null);
    setJob(null);
    setDecisions(INITIAL_DECISIONS);
    setStep('file');
  }, []);

  const decide = useCallback((patch: Partial<Decisions>) => setDecisions((current) => ({ ...current, ...patch })), []);

  return {
    step,
    file,
    options,
    preview,
    failure,
    report,
    job,
    decisions,
    goTo: setStep,
    openFile,
    changeOptions,
    decide,
    commit,
    cancel,
    startOver,
  };
}
