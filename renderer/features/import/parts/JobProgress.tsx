import { useEffect, useState } from 'react';
import type { ImportProgress } from '../../../../shared/api';
import { call } from '../../../api';
import { useImportText } from '../i18n/use-import-text';
import type { RunningJob } from '../model/use-import-wizard';

const POLL_MS = 150;

/** A running read or commit: its stage, a progress bar, and Cancel while the job still honours it. */
export function JobProgress({ job, fileName, onCancel }: { job: RunningJob; fileName: string; onCancel(): void }) {
  const { t, language } = useImportText();
  const [progress, setProgress] = useState<ImportProgress | null>(null);

  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      const result = await call('getImportProgress', { jobId: job.jobId });
      if (!stopped && result.ok) setProgress(result.value);
    };
    void poll();
    const timer = setInterval(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [job.jobId]);

  const number = new Intl.NumberFormat(language === 'zh' ? 'zh-CN' : 'en');
  const stage = progress ? t(`progress.stages.${progress.stage}`) : t('file.reading', { file: fileName });
  const known = progress !== null && progress.total > 0;
  return (
    <section className="import-progress" aria-label={t('progress.label')}>
      <div className="import-progress__text">
        {/* Only the stage is announced: the count changes several times a second (the bar carries it). */}
        <span role="status">{stage}</span>
        {known && <span className="muted">{t('progress.count', { done: number.format(progress.done), total: number.format(progress.total) })}</span>}
      </div>
      <progress className="import-progress__bar" aria-label={t('progress.label')} max={known ? progress.total : undefined} value={known ? progress.done : undefined} />
      <button type="button" className="button" onClick={onCancel} disabled={progress !== null && !progress.cancellable}>
        {t('progress.cancel')}
      </button>
    </section>
  );
}
