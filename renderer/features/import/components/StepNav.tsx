import { WIZARD_STEPS, type WizardStep } from '../model/steps';
import { useTranslation } from 'react-i18next';

/** The wizard's steps in order; the ones that can be visited are buttons. */
export function StepNav({
  current,
  reachable,
  onSelect,
}: {
  current: WizardStep;
  reachable: Set<WizardStep>;
  onSelect(step: WizardStep): void;
}) {
  const { t } = useTranslation('import');
  return (
    <nav aria-label={t('steps.label')}>
      <ol className="import-steps">
        {WIZARD_STEPS.map((step, index) => (
          <li key={step}>
            <button
              type="button"
              className="import-steps__step"
              aria-current={step === current ? 'step' : undefined}
              disabled={!reachable.has(step)}
              onClick={() => onSelect(step)}
            >
              <span className="import-steps__number" aria-hidden="true">
                {index + 1}
              </span>
              {t(`steps.${step}`)}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
