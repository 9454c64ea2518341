import { call } from '../../../api';
import { JobProgressPanel, usePolledProgress } from '../../../components/JobProgressPanel';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';

/** A running export: its stage, a bar of rows written, and Cancel until the file is being put in place. */
export function ExportProgress({ jobId, fileName, onCancel }: { jobId: string; fileName: string; onCancel(): void }) {
  const { t } = useTranslation('export');
  const language = useLanguage();
  const progress = usePolledProgress(() => call('getExportProgress', { jobId }), jobId);
  const number = new Intl.NumberFormat(language === 'zh' ? 'zh-CN' : 'en');
  const writing = progress !== null && progress.stage === 'writing' && progress.total > 0;
  const count = writing
    ? t('progress.count', { done: number.format(progress.done), total: number.format(progress.total) })
    : null;
  return (
    <JobProgressPanel
      label={t('progress.label')}
      status={writing ? t('progress.writing', { file: fileName }) : t('progress.reading')}
      count={count}
      progress={progress}
      cancelText={t('progress.cancel')}
      onCancel={onCancel}
    />
  );
}
