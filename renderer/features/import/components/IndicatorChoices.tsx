import type { IndicatorChoice, IndicatorChoices as Choices, UnknownIndicator } from '../../../../shared/api';
import { useCatalog } from '../../../app/catalog';
import { nameOf } from '../../../i18n/names';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';

/** A choice as a select's value: `create`, `skip` or `map:ID`. */
function valueOf(choice: IndicatorChoice | null): string {
  if (choice === null || choice === 'create') return 'create';
  return choice === 'skip' ? 'skip' : `map:${choice.mapTo}`;
}

function choiceOf(value: string): IndicatorChoice {
  return value.startsWith('map:') ? { mapTo: value.slice(4) } : (value as 'create' | 'skip');
}

/**
 * Each indicator the file names and the store lacks, with what to do: map it to an existing one
 * (the likeliest first), create it, or leave its figures out.
 */
export function IndicatorChoices({
  unknown,
  choices,
  onChange,
}: {
  unknown: readonly UnknownIndicator[];
  choices: Choices;
  onChange(choices: Choices): void;
}) {
  const { t } = useTranslation('import');
  const language = useLanguage();
  const { indicators } = useCatalog();
  if (unknown.length === 0) return null;
  return (
    <fieldset className="import-indicator-choices">
      <legend className="import-subtitle">{t('indicatorChoices.title')}</legend>
      <p className="muted">{t('indicatorChoices.hint')}</p>
      <ul className="import-indicator-choices__list">
        {unknown.map((entry) => {
          const suggested = entry.suggestion;
          return (
            <li key={entry.name} className="import-indicator-choice">
              <span className="table__name">{entry.name}</span>
              <span className="muted">{t('indicatorChoices.where', { place: entry.place, rows: entry.rows })}</span>
              <select
                className="select select--compact"
                aria-label={t('indicatorChoices.choiceFor', { name: entry.name })}
                value={valueOf(entry.choice)}
                onChange={(event) => onChange({ ...choices, [entry.name]: choiceOf(event.target.value) })}
              >
                <option value="create">{t('indicatorChoices.create')}</option>
                {suggested && (
                  <option value={`map:${suggested.id}`}>
                    {t('indicatorChoices.suggested', { name: nameOf([suggested], suggested.id, language) })}
                  </option>
                )}
                {indicators
                  .filter((indicator) => indicator.id !== suggested?.id)
                  .map((indicator) => (
                    <option key={indicator.id} value={`map:${indicator.id}`}>
                      {t('indicatorChoices.mapTo', { name: nameOf(indicators, indicator.id, language) })}
                    </option>
                  ))}
                <option value="skip">{t('indicatorChoices.skip')}</option>
              </select>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
