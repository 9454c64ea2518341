import type { BriefPreview } from '../../../../shared/api';
import type { CheckedStatement } from '../../../../shared/brief';
import { displayName } from '../../../../shared/model';
import { useCatalog } from '../../../app/catalog';
import { periodLabel } from '../../../i18n/format';
import { claimDetail, claimHeadline, type Names } from '../model/claim-text';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';

const MARKS = { agrees: '✓', disagrees: '✗', 'cannot check': '?' } as const;

function StatementItem({ statement, names }: { statement: CheckedStatement; names: Names }) {
  const { t } = useTranslation('brief');
  const zone = names.zones.find((entry) => entry.id === statement.zoneId);
  const indicator = names.indicators.find((entry) => entry.id === statement.indicatorId);
  const figures = [
    statement.value === null
      ? null
      : t('statements.value', { value: statement.value.toLocaleString(names.language), unit: statement.unit ?? '' }),
    statement.yoyPct === null ? null : t('statements.growth', { value: statement.yoyPct }),
  ].filter(Boolean);
  return (
    <li className="brief-statement">
      <p className="brief-statement__subject">
        {zone ? (
          displayName(zone, names.language)
        ) : (
          <span className="brief-unresolved">{t('statements.unresolvedZone', { phrase: statement.zone ?? '' })}</span>
        )}
        {' · '}
        {indicator ? (
          displayName(indicator, names.language)
        ) : (
          <span className="brief-unresolved">
            {t('statements.unresolvedIndicator', { phrase: statement.indicator ?? '' })}
          </span>
        )}
        {' · '}
        {periodLabel(statement.period, statement.basis, names.language)}
        {statement.derived && <span className="brief-badge">{t('statements.derived')}</span>}
      </p>
      <p className="brief-statement__figures">{figures.join(t('statements.separator'))}</p>
      {statement.claims.length > 0 && (
        <ul className="brief-claims">
          {statement.claims.map((claim, index) => (
            <li key={index} className={`brief-claim brief-claim--${claim.check.replace(' ', '-')}`}>
              <span className="brief-claim__mark" aria-hidden="true">
                {MARKS[claim.check]}
              </span>
              <span>
                <strong>{claimHeadline(t, claim)}</strong> —{' '}
                {claim.check === 'agrees'
                  ? t('claims.agrees')
                  : claim.check === 'disagrees'
                    ? t('claims.disagrees')
                    : t('claims.cannotCheck')}
                <br />
                <span className="brief-claim__detail">{claimDetail(t, claim, names)}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** Every statement with its claims checked, then the sentences that could not be read. */
export function StatementList({ preview }: { preview: BriefPreview }) {
  const { t } = useTranslation('brief');
  const language = useLanguage();
  const { zones, indicators } = useCatalog();
  const names: Names = { zones, indicators, language };
  return (
    <section className="brief-panel" aria-labelledby="brief-statements-title">
      <h2 id="brief-statements-title" className="brief-panel__title">
        {t('statements.title')}
      </h2>
      {preview.statements.length === 0 ? (
        <p>{t('statements.none')}</p>
      ) : (
        <ol className="brief-statements">
          {preview.statements.map((statement, index) => (
            <StatementItem key={index} statement={statement} names={names} />
          ))}
        </ol>
      )}
      {preview.unread.length > 0 && (
        <>
          <h3 className="brief-panel__subtitle">{t('statements.unreadTitle')}</h3>
          <ul className="brief-unread-list">
            {preview.unread.map((sentence, index) => (
              <li key={index}>
                <span className="brief-mark brief-mark--unread">{sentence.text.trim()}</span> —{' '}
                {t(`statements.unreadReason.${sentence.reason}`)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
