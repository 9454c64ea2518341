import { useTranslation } from 'react-i18next';
import { LANGUAGES, THEMES, type Language, type Preferences, type Theme } from '../../shared/api';
import type { ControlProps } from '../components/Field';
import { usePreferences } from './preferences';

interface PreferenceSelectProps extends Partial<ControlProps> {
  preference: 'language' | 'theme';
  className: string;
}

/** A drop-down that shows and saves the language or theme preference. */
export function PreferenceSelect({ preference, className, ...control }: PreferenceSelectProps) {
  const { t } = useTranslation();
  const { preferences, update } = usePreferences();
  const options =
    preference === 'language'
      ? LANGUAGES.map((value) => ({ value, label: t(`languages.${value}`) }))
      : THEMES.map((value) => ({ value, label: t(`themes.${value}`) }));
  const patch = (value: string): Partial<Preferences> =>
    preference === 'language' ? { language: value as Language } : { theme: value as Theme };
  return (
    <select
      {...control}
      className={className}
      value={preferences[preference]}
      onChange={(event) => void update(patch(event.target.value))}
    >
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
