import { useCallback, useState } from 'react';
import { useCatalog } from '../../../app/catalog';
import { canCommit } from '../model/conflict-decisions';
import { neighbour, reachableSteps } from '../model/steps';
import { useFileSources } from '../model/use-file-sources';
import { useImportWizard } from '../model/use-import-wizard';
import { useStepFocus } from '../model/use-step-focus';
import { useUndoImport } from '../model/use-undo-import';
import { useWindowDrop } from '../../../components/use-window-drop';
import { FailureAlert } from './FailureAlert';
import { JobProgress } from './JobProgress';
import { RecentImports } from './RecentImports';
import { StepNav } from './StepNav';
import { ChangesStep } from './steps/ChangesStep';
import { FileStep } from './steps/FileStep';
import { MappingStep } from './steps/MappingStep';
import { ProblemsStep } from './steps/ProblemsStep';
import { ReportStep } from './steps/ReportStep';
import { SourceStep } from './steps/SourceStep';
import { useTranslation } from 'react-i18next';

/** The wizard: file → sheet & layout → columns → problems → changes → commit → report, and recent imports. */
export function ImportWizardView() {
  const { t } = useTranslation('import');
  const wizard = useImportWizard();
  const { reload } = useCatalog();
  const [version, setVersion] = useState(0);
  const bump = useCallback(() => setVersion((value) => value + 1), []);
  const undo = useUndoImport(bump);
  const sources = useFileSources(wizard.openFile);
  const dragging = useWindowDrop(sources.dropped);
  const { step, preview, report, job } = wizard;
  const reachable = reachableSteps(preview, report !== null);
  const busy = job !== null;
  const next = neighbour(step, 1);
  const back = neighbour(step, -1);
  const stepPanel = useStepFocus(step);

  async function commit() {
    const done = await wizard.commit();
    if (done?.committed) {
      await reload();
      bump();
    }
  }

  const failureTitle = job === null && wizard.failure ? t(preview ? 'progress.failed' : 'file.refused') : null;

  return (
    <div className="import-wizard stack">
      <StepNav current={step} reachable={reachable} onSelect={wizard.goTo} />
      {wizard.file && step !== 'file' && preview && (
        <p className="muted import-file-name">
          {t('file.current', { file: wizard.file.name, format: preview.format })}
        </p>
      )}
      {sources.refusal && <FailureAlert title={t('file.refused')} error={sources.refusal} />}
      {failureTitle && wizard.failure && <FailureAlert title={failureTitle} error={wizard.failure} />}
      {job && <JobProgress job={job} fileName={wizard.file?.name ?? ''} onCancel={() => void wizard.cancel()} />}
      <section className="panel import-step" aria-label={t(`steps.${step}`)} ref={stepPanel} tabIndex={-1}>
        {step === 'file' && <FileStep dragging={dragging} busy={busy} onChoose={() => void sources.choose()} />}
        {step === 'source' && preview && (
          <SourceStep
            preview={preview}
            options={wizard.options}
            onChange={(patch) => void wizard.changeOptions(patch)}
          />
        )}
        {step === 'mapping' && preview && (
          <MappingStep
            preview={preview}
            options={wizard.options}
            onChange={(patch) => void wizard.changeOptions(patch)}
          />
        )}
        {step === 'problems' && preview && (
          <ProblemsStep
            preview={preview}
            options={wizard.options}
            onChange={(patch) => void wizard.changeOptions(patch)}
          />
        )}
        {step === 'changes' && preview && (
          <ChangesStep
            preview={preview}
            verifiedMonths={Number(wizard.failure?.details?.verified ?? 0)}
            decisions={wizard.decisions}
            onDecide={wizard.decide}
          />
        )}
        {step === 'report' && report && <ReportStep report={report} undo={undo} />}
        <div className="import-nav">
          {step !== 'file' && step !== 'report' && back && (
            <button type="button" className="button button--ghost" onClick={() => wizard.goTo(back)}>
              {t('steps.back')}
            </button>
          )}
          {next && reachable.has(next) && step !== 'changes' && (
            <button type="button" className="button button--primary" disabled={busy} onClick={() => wizard.goTo(next)}>
              {t('steps.next')}
            </button>
          )}
          {step === 'changes' && preview && (
            <button
              type="button"
              className="button button--primary"
              disabled={busy || !canCommit(preview, wizard.decisions)}
              onClick={() => void commit()}
            >
              {t('changes.commit')}
            </button>
          )}
          {step === 'report' && (
            <button type="button" className="button button--primary" onClick={wizard.startOver}>
              {t('steps.startOver')}
            </button>
          )}
        </div>
      </section>
      <RecentImports version={version} undo={undo} />
    </div>
  );
}
