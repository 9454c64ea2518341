import { useState } from 'react';
import type { Language } from '../../../../shared/api';
import type { Basis, Period } from '../../../../shared/model';
import { useApiValue } from '../../../data/use-api-value';
import { SegmentedChoice } from '../../../components/SegmentedChoice';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';

interface BulletinPanelProps {
  zoneId: string;
  period: Period;
  basis: Basis;
}

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; message: string };

/** The brief for the zone and period, in English or Chinese, copied to the clipboard in one click. */
export function BulletinPanel({ zoneId, period, basis }: BulletinPanelProps) {
  const { t } = useTranslation('compare');
  const uiLanguage = useLanguage();
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [copy, setCopy] = useState<CopyState>({ kind: 'idle' });
  const bulletin = useApiValue('getBulletin', { zoneId, period, basis, language });
  const lines = bulletin.value?.zoneId === zoneId && bulletin.value.language === language ? bulletin.value.lines : [];

  async function copyText() {
    try {
      await navigator.clipboard.writeText(lines.join('\n'));
      setCopy({ kind: 'copied' });
    } catch (cause) {
      setCopy({ kind: 'failed', message: cause instanceof Error ? cause.message : String(cause) });
    }
  }

  return (
    <section className="panel bulletin" aria-labelledby="bulletin-title">
      <div className="panel__header">
        <h2 className="panel__title" id="bulletin-title">
          {t('zone.bulletinTitle')}
        </h2>
        <div className="bulletin__controls">
          <SegmentedChoice
            legend={t('bulletin.language')}
            value={language}
            options={[
              { value: 'en', label: t('bulletin.english') },
              { value: 'zh', label: t('bulletin.chinese') },
            ]}
            onChange={(next) => {
              setLanguage(next);
              setCopy({ kind: 'idle' });
            }}
          />
          <button
            type="button"
            className="button button--primary"
            disabled={lines.length === 0}
            onClick={() => void copyText()}
          >
            {t('bulletin.copy')}
          </button>
        </div>
      </div>
      {lines.length === 0 ? (
        <p className="compare-note">{bulletin.status === 'loading' ? t('states.loading') : t('bulletin.empty')}</p>
      ) : (
        <ul className="bulletin__lines" lang={language === 'zh' ? 'zh-CN' : 'en'}>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <p className="bulletin__status" role="status">
        {copy.kind === 'copied'
          ? t('bulletin.copied')
          : copy.kind === 'failed'
            ? t('bulletin.copyFailed', { message: copy.message })
            : ''}
      </p>
    </section>
  );
}
