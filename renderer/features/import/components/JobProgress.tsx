import { call } from '../../../api';
import { JobProgressPanel, usePolledProgress } from '../../../components/JobProgressPanel';
import type { RunningJob } from '../model/use-import-wizard';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';

/** A running read or commit: its stage, a progress bar, and Cancel while the job still honours it. */
export function JobProgress({ job, fileName, onCancel }: { job: RunningJob; fileName: string; onCancel(): void }) {
  const { t } = useTranslation('import');
  const language = useLanguage();
  const progress = usePolledProgress(() => call('getImportProgress', { jobId: job.jobId }), job.jobId);
  const number = new Intl.NumberFormat(language === 'zh' ? 'zh-CN' : 'en');
  const stage = progress ? t(`progress.stages.${progress.stage}`) : t('file.reading', { file: fileName });
  const count =
    progress && progress.total > 0
      ? t('progress.count', { done: number.format(progress.done), total: number.format(progress.total) })
      : null;
  return (
    <JobProgressPanel
      label={t('progress.label')}
      status={stage}
      count={count}
      progress={progress}
      cancelText={t('progress.cancel')}
      onCancel={onCancel}
    />
  );
}
