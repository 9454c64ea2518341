import { useTranslation } from 'react-i18next';
import type { FormFailure } from '../model/use-entity-form';

/** What the store refused that belongs to no single field. */
export function FormFailureAlert({ failure }: { failure: FormFailure | null }) {
  const { t } = useTranslation();
  if (!failure) return null;
  return (
    <div className="form-alert field--wide" role="alert">
      <p>{t(`errors.codes.${failure.code}`)}</p>
      {failure.messages.map((message) => (
        <p key={message} className="form-alert__detail">
          {message}
        </p>
      ))}
    </div>
  );
}
