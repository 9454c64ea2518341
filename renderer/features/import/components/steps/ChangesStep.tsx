import { CONFLICT_POLICIES, type ImportPreview } from '../../../../../shared/api';
import { undecidedConflicts, type Decisions } from '../../model/conflict-decisions';
import { Counts } from '../Counts';
import { ChangesList } from './ChangesList';
import { ConflictTable } from './ConflictTable';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../../i18n/use-language';

interface ChangesStepProps {
  preview: ImportPreview;
  /** Verified months the store refused to change (from the last commit's refusal): asks to return them to draft. */
  verifiedMonths: number;
  decisions: Decisions;
  onDecide(patch: Partial<Decisions>): void;
}

/** The diff against the store, and the answer to conflicts: for the whole import or per row. */
export function ChangesStep({ preview, verifiedMonths, decisions, onDecide }: ChangesStepProps) {
  const { t } = useTranslation('import');
  const language = useLanguage();
  const { diff } = preview;
  const undecided = undecidedConflicts(preview, decisions);
  const blockedByErrors = preview.errors > 0 && !decisions.validOnly;
  const names = (list: { name: string; nameZh: string }[]) =>
    list.map((item) => (language === 'zh' ? item.nameZh || item.name : item.name || item.nameZh)).join(', ');

  return (
    <div className="stack">
      <Counts
        label={t('changes.counts')}
        locale={language === 'zh' ? 'zh-CN' : 'en'}
        items={[
          { key: 'added', label: t('changes.added'), value: diff.added },
          { key: 'changed', label: t('changes.changed'), value: diff.changed },
          { key: 'unchanged', label: t('changes.unchanged'), value: diff.unchanged },
          { key: 'conflicts', label: t('changes.conflicts'), value: diff.conflicts },
        ]}
      />
      {(preview.zonesToCreate.length > 0 || preview.indicatorsToCreate.length > 0) && (
        <div>
          <h3 className="import-subtitle">{t('changes.toCreate')}</h3>
          {preview.zonesToCreate.length > 0 && (
            <p>{t('changes.zonesToCreate', { names: names(preview.zonesToCreate) })}</p>
          )}
          {preview.indicatorsToCreate.length > 0 && (
            <p>{t('changes.indicatorsToCreate', { names: names(preview.indicatorsToCreate) })}</p>
          )}
        </div>
      )}
      {diff.conflicts > 0 && (
        <>
          <fieldset className="import-policy">
            <legend className="import-subtitle">{t('changes.policy')}</legend>
            {CONFLICT_POLICIES.map((policy) => (
              <label key={policy} className="import-choice">
                <input
                  type="radio"
                  name="import-policy"
                  value={policy}
                  checked={decisions.policy === policy}
                  onChange={() => onDecide({ policy })}
                />
                <span>{t(`changes.policies.${policy}`)}</span>
              </label>
            ))}
          </fieldset>
          <ConflictTable
            conflicts={preview.conflicts}
            decisions={decisions}
            onChoose={(key, choice) => {
              const rows = { ...decisions.rows };
              if (choice) rows[key] = choice;
              else delete rows[key];
              onDecide({ rows });
            }}
          />
          {diff.conflicts > preview.conflicts.length && (
            <p className="muted">
              {t('changes.moreConflicts', { shown: preview.conflicts.length, total: diff.conflicts })}
            </p>
          )}
        </>
      )}
      {preview.errors > 0 && (
        <label className="import-choice import-valid-only">
          <input
            type="checkbox"
            checked={decisions.validOnly}
            onChange={(event) => onDecide({ validOnly: event.target.checked })}
          />
          <span>{t('changes.validOnly', { valid: preview.valid, rows: preview.rows, errors: preview.errors })}</span>
        </label>
      )}
      {(verifiedMonths > 0 || decisions.reopenVerified) && (
        <label className="import-choice">
          <input
            type="checkbox"
            checked={decisions.reopenVerified}
            onChange={(event) => onDecide({ reopenVerified: event.target.checked })}
          />
          <span>{t('changes.reopenVerified', { count: verifiedMonths })}</span>
        </label>
      )}
      <ChangesList preview={preview} />
      {blockedByErrors && <p className="import-note import-note--error">{t('changes.blockedByErrors')}</p>}
      {undecided > 0 && (
        <p className="import-note import-note--warning">{t('changes.undecided', { count: undecided })}</p>
      )}
    </div>
  );
}
