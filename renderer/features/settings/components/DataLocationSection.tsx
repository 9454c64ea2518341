import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CopyDirection, CopyOutcome, DataLocation } from '../../../../shared/api';
import { announceDatasetReplaced, shell } from '../../../api';
import { Field } from '../../../components/Field';

type Status =
  | { kind: 'idle' }
  | { kind: 'testing' }
  | { kind: 'copying' }
  | { kind: 'failed'; message: string }
  | { kind: 'switched'; location: DataLocation }
  | { kind: 'copied'; direction: CopyDirection; outcome: CopyOutcome };

/**
 * Where the data lives: this computer's folder, or a shared PostgreSQL database whose address is
 * tested before it is kept (main keeps the password with the system keychain). Only the desktop
 * app can choose; in a browser the section is not shown.
 */
export function DataLocationSection({ onSwitched }: { onSwitched(): void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const host = shell();
  const [location, setLocation] = useState<DataLocation | null>(null);
  const [choice, setChoice] = useState<DataLocation['kind']>('local');
  const [url, setUrl] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [confirming, setConfirming] = useState<CopyDirection | null>(null);

  useEffect(() => {
    void host.getDataLocation?.().then((found) => {
      setLocation(found);
      setChoice(found.kind);
      if (found.kind === 'database') setUrl(found.url);
    });
  }, [host]);

  if (!host.getDataLocation || !location) return null;

  async function switchTo(run: () => Promise<DataLocation> | undefined) {
    setStatus({ kind: 'testing' });
    try {
      const chosen = await run();
      if (!chosen) return;
      setLocation(chosen);
      setStatus({ kind: 'switched', location: chosen });
      announceDatasetReplaced();
      onSwitched();
    } catch (cause) {
      setStatus({ kind: 'failed', message: cause instanceof Error ? cause.message : String(cause) });
    }
  }

  async function copy(direction: CopyDirection) {
    setConfirming(null);
    setStatus({ kind: 'copying' });
    try {
      const outcome = await host.copyData!(direction);
      setStatus({ kind: 'copied', direction, outcome });
      announceDatasetReplaced();
      onSwitched();
    } catch (cause) {
      setStatus({ kind: 'failed', message: cause instanceof Error ? cause.message : String(cause) });
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (choice === 'database') void switchTo(() => host.useDatabase?.(url));
    else void switchTo(() => host.useLocalData?.());
  }

  const inUse =
    location.kind === 'local'
      ? t('settings.dataLocation.inUseLocal')
      : t('settings.dataLocation.inUseDatabase', { url: location.url });
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        {t('settings.dataLocation.title')}
      </h2>
      <p>{inUse}</p>
      <form className="form-grid" onSubmit={submit}>
        <fieldset className="field segmented-field">
          <legend className="field__label">{t('settings.dataLocation.choice')}</legend>
          <div className="segmented">
            {(['local', 'database'] as const).map((kind) => (
              <label key={kind} className="segmented__option">
                <input
                  type="radio"
                  name="data-location"
                  value={kind}
                  checked={choice === kind}
                  onChange={() => setChoice(kind)}
                />
                <span>{t(`settings.dataLocation.${kind}`)}</span>
              </label>
            ))}
          </div>
          <p className="field__hint">{t('settings.dataLocation.when')}</p>
        </fieldset>
        {choice === 'database' && (
          <Field label={t('settings.dataLocation.url')} hint={t('settings.dataLocation.urlHint')} wide>
            {(control) => (
              <input
                {...control}
                className="input"
                type="text"
                autoComplete="off"
                spellCheck={false}
                placeholder="postgres://user:password@host:5432/zone_stats"
                value={url}
                onChange={(event) => setUrl(event.target.value)}
              />
            )}
          </Field>
        )}
        <div>
          <button
            type="submit"
            className="button"
            disabled={status.kind === 'testing' || (choice === 'database' && url.trim() === '')}
          >
            {choice === 'database' ? t('settings.dataLocation.testAndUse') : t('settings.dataLocation.useLocal')}
          </button>
        </div>
      </form>
      {location.kind === 'database' && host.copyData && (
        <div className="stack">
          <p className="field__hint">{t('settings.dataLocation.copyHint')}</p>
          {confirming === null ? (
            <div>
              <button
                type="button"
                className="button button--ghost"
                disabled={status.kind === 'copying'}
                onClick={() => setConfirming('toDatabase')}
              >
                {t('settings.dataLocation.copyToDatabase')}
              </button>{' '}
              <button
                type="button"
                className="button button--ghost"
                disabled={status.kind === 'copying'}
                onClick={() => setConfirming('toLocal')}
              >
                {t('settings.dataLocation.copyToLocal')}
              </button>
            </div>
          ) : (
            <div role="group" aria-label={t(`settings.dataLocation.confirm.${confirming}`)}>
              <p>{t(`settings.dataLocation.confirm.${confirming}`)}</p>
              <button type="button" className="button" onClick={() => void copy(confirming)}>
                {t('settings.dataLocation.confirm.go')}
              </button>{' '}
              <button type="button" className="button button--ghost" onClick={() => setConfirming(null)}>
                {t('settings.dataLocation.confirm.cancel')}
              </button>
            </div>
          )}
        </div>
      )}
      <p role="status" aria-live="polite">
        {status.kind === 'copied'
          ? t(`settings.dataLocation.copied.${status.direction}`, { ...status.outcome })
          : status.kind === 'copying'
            ? t('settings.dataLocation.copying')
            : status.kind === 'testing'
              ? t('settings.dataLocation.testing')
              : status.kind === 'switched'
                ? status.location.kind === 'local'
                  ? t('settings.dataLocation.switchedLocal')
                  : t('settings.dataLocation.switchedDatabase', { url: status.location.url })
                : ''}
      </p>
      {status.kind === 'failed' && (
        <p className="notice notice--error" role="alert">
          {t('settings.dataLocation.failed', { message: status.message })}
        </p>
      )}
    </section>
  );
}
