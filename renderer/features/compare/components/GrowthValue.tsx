import { withPointsUnit } from '../../../../shared/metrics';
import type { IndicatorKind } from '../../../../shared/model';
import { MISSING, oneDecimal, signedOneDecimal } from '../model/format';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';

interface GrowthValueProps {
  value: number | null | undefined;
  signed?: boolean;
  /** The indicator's kind when the figure is its YoY: a rate's YoY is a change in pp and says so. */
  kind?: IndicatorKind;
}

/**
 * A growth figure coloured by its sign (blue up, orange down: safe for colour-blind readers) with
 * a triangle as well, so the sign never rests on colour alone.
 */
export function GrowthValue({ value, signed = false, kind }: GrowthValueProps) {
  const { t } = useTranslation('compare');
  const language = useLanguage();
  if (value === null || value === undefined) return <span className="growth growth--none">{MISSING}</span>;
  const direction = value > 0 ? 'up' : value < 0 ? 'down' : 'flat';
  const number = signed ? signedOneDecimal(value) : oneDecimal(value);
  const text = kind ? withPointsUnit(number, kind, language) : number;
  return (
    <span
      className={`growth growth--${direction}`}
      title={direction === 'flat' ? undefined : `${t(direction === 'up' ? 'growth.up' : 'growth.down')} ${text}`}
    >
      {direction !== 'flat' && (
        <span className="growth__mark" aria-hidden="true">
          {direction === 'up' ? '▲' : '▼'}
        </span>
      )}
      {text}
    </span>
  );
}
