import { useEffect, useState } from 'react';
import type { Result } from '../../shared/api';

const POLL_MS = 150;

/** What a long job reports each poll: how far it is and whether Cancel is still honoured. */
export interface PolledProgress {
  done: number;
  total: number;
  cancellable: boolean;
}

/** Polls a job's progress until the component goes away; null until the first answer. */
export function usePolledProgress<P extends PolledProgress>(poll: () => Promise<Result<P>>, jobId: string): P | null {
  const [progress, setProgress] = useState<P | null>(null);
  useEffect(() => {
    let stopped = false;
    const read = async () => {
      const result = await poll();
      if (!stopped && result.ok) setProgress(result.value);
    };
    void read();
    const timer = setInterval(() => void read(), POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
    // The job, not the poll function's identity, decides what is polled.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [jobId]);
  return progress;
}

interface JobProgressPanelProps {
  label: string;
  /** The stage, announced politely; the count is not (it changes several times a second, the bar carries it). */
  status: string;
  /** The count beside it (`16,000 of 192,932`), when the total is known. */
  count: string | null;
  progress: PolledProgress | null;
  cancelText: string;
  onCancel(): void;
}

/** A long job as the import wizard and the export show it: its stage, a bar, and Cancel while the job honours it. */
export function JobProgressPanel({ label, status, count, progress, cancelText, onCancel }: JobProgressPanelProps) {
  const known = progress !== null && progress.total > 0 && count !== null;
  return (
    <section className="job-progress" aria-label={label}>
      <div className="job-progress__text">
        <span role="status">{status}</span>
        {known && <span className="muted">{count}</span>}
      </div>
      <progress
        className="job-progress__bar"
        aria-label={label}
        max={known ? progress.total : undefined}
        value={known ? progress.done : undefined}
      />
      <button type="button" className="button" onClick={onCancel} disabled={progress !== null && !progress.cancellable}>
        {cancelText}
      </button>
    </section>
  );
}
