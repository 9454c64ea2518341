import { useEffect, useState } from 'react';
import type { ExportProgress as Progress } from '../../../../shared/api';
import { call } from '../../../api';
import { useExportText } from '../i18n/use-export-text';

const POLL_MS = 150;

/** A running export: its stage, a bar of rows written, and Cancel until the file is being put in place. */
export function ExportProgress({ jobId, fileName, onCancel }: { jobId: string; fileName: string; onCancel(): void }) {
  const { t, language } = useExportText();
  const [progress, setProgress] = useState<Progress | null>(null);

  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      const result = await call('getExportProgress', { jobId });
      if (!stopped && result.ok) setProgress(result.value);
    };
    void poll();
    const timer = setInterval(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [jobId]);

  const number = new Intl.NumberFormat(language === 'zh' ? 'zh-CN' : 'en');
  const writing = progress !== null && progress.stage === 'writing' && progress.total > 0;
  return (
    <section className="export-progress" aria-label={t('progress.label')}>
      <div className="export-progress__text">
        {/* Only the stage is announced: the count changes several times a second (the bar carries it). */}
        <span role="status">{writing ? t('progress.writing', { file: fileName }) : t('progress.reading')}</span>
        {writing && <span className="muted">{t('progress.count', { done: number.format(progress.done), total: number.format(progress.total) })}</span>}
      </div>
      <progress className="export-progress__bar" aria-label={t('progress.label')} max={writing ? progress.total : undefined} value={writing ? progress.done : undefined} />
      <button type="button" className="button" onClick={onCancel} disabled={progress !== null && !progress.cancellable}>
        {t('progress.cancel')}
      </button>
    </section>
  );
}
