import { IMPORT_LAYOUTS, type ImportLayoutName } from '../../../../../shared/api';
import { Field } from '../../../../components/Field';
import { ReadingSummary } from '../ReadingSummary';
import { GivenFields } from './GivenFields';
import { SampleGrid } from './SampleGrid';
import { useTranslation } from 'react-i18next';
import type { OptionsStepProps } from './options-step-props';

const ROW_TEXT_LENGTH = 60;

function rowText(row: string[]): string {
  const text = row.filter((cell) => cell.trim() !== '').join(' | ');
  return text.length > ROW_TEXT_LENGTH ? `${text.slice(0, ROW_TEXT_LENGTH)}…` : text;
}

/** Which sheet, which row holds the headers, and which layout, each detected and adjustable. */
export function SourceStep({ preview, options, onChange }: OptionsStepProps) {
  const { t } = useTranslation('import');
  return (
    <div className="stack">
      <div className="import-source__fields">
        <Field label={t('source.sheet')}>
          {(control) => (
            <select
              {...control}
              className="select"
              value={preview.sheet ?? ''}
              onChange={(event) => onChange({ sheet: event.target.value })}
            >
              {preview.sheets.map((sheet) => (
                <option key={sheet.name} value={sheet.name}>
                  {t('source.sheetOption', { name: sheet.name, rows: sheet.rows })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('source.headerRow')} hint={t('source.headerRowHint')}>
          {(control) => (
            <select
              {...control}
              className="select"
              value={preview.headerRow ?? ''}
              onChange={(event) => onChange({ headerRow: Number(event.target.value) })}
            >
              {preview.headerRow === null && <option value="">{t('source.noHeader')}</option>}
              {preview.sample.map((row, index) => (
                <option key={index} value={index + 1}>
                  {t('source.headerRowOption', { row: index + 1, text: rowText(row) })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('source.layout')}>
          {(control) => (
            <select
              {...control}
              className="select"
              value={preview.layout ?? ''}
              onChange={(event) => onChange({ layout: event.target.value as ImportLayoutName })}
            >
              {preview.layout === null && <option value="">{t('source.choose')}</option>}
              {IMPORT_LAYOUTS.map((layout) => (
                <option key={layout} value={layout}>
                  {t(`source.layouts.${layout}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <ReadingSummary preview={preview} />
      {preview.layout !== null && preview.layout !== 'canonical' && (
        <GivenFields preview={preview} options={options} onChange={onChange} />
      )}
      <SampleGrid sample={preview.sample} headerRow={preview.headerRow} />
    </div>
  );
}
