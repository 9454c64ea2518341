import { importEn } from '../../i18n/en';
import { ProfileForm } from './ProfileForm';
import { TableFrame } from '../../../../components/TableFrame';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { OptionsStepProps } from './options-step-props';

/** A field's label in the UI language; a field this screen does not know by its id. */
function fieldLabel(field: string, t: TFunction<'import'>): string {
  return field in importEn.fields ? t(`fields.${field as keyof typeof importEn.fields}`) : field;
}

/** Each column's field, detected from the aliases or a profile, changed one column at a time. */
export function MappingStep({ preview, options, onChange }: OptionsStepProps) {
  const { t } = useTranslation('import');

  function choose(column: string, field: string | null) {
    onChange({
      mapping: preview.mapping.map((entry) => ({
        column: entry.column,
        field: entry.column === column ? field : entry.field,
      })),
    });
  }

  return (
    <div className="stack">
      {preview.profile && <p className="import-note">{t('mapping.profileApplied', { name: preview.profile })}</p>}
      <TableFrame label={t('mapping.caption')}>
        <table className="table">
          <caption className="visually-hidden">{t('mapping.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('mapping.column')}</th>
              <th scope="col">{t('mapping.header')}</th>
              <th scope="col">{t('mapping.field')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.mapping.map((entry) => (
              <tr key={entry.column}>
                <td className="code">{entry.column}</td>
                <td>{entry.header}</td>
                <td>
                  <select
                    className="select select--compact"
                    aria-label={t('mapping.fieldFor', { column: entry.column })}
                    value={entry.field ?? ''}
                    onChange={(event) => choose(entry.column, event.target.value || null)}
                  >
                    <option value="">{t('mapping.ignore')}</option>
                    {preview.fields.map((field) => (
                      <option key={field} value={field}>
                        {fieldLabel(field, t)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      <ProfileForm preview={preview} zoneId={options.zoneId ?? preview.given.zoneId ?? undefined} />
    </div>
  );
}
