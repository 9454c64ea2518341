import { useCompareText } from '../i18n/use-compare-text';
import { MISSING, oneDecimal, signedOneDecimal } from '../format';

/**
 * A growth figure coloured by its sign (blue up, orange down: safe for colour-blind readers) with
 * a triangle as well, so the sign never rests on colour alone.
 */
export function GrowthValue({ value, signed = false }: { value: number | null | undefined; signed?: boolean }) {
  const { t } = useCompareText();
  if (value === null || value === undefined) return <span className="growth growth--none">{MISSING}</span>;
  const direction = value > 0 ? 'up' : value < 0 ? 'down' : 'flat';
  const text = signed ? signedOneDecimal(value) : oneDecimal(value);
  return (
    <span className={`growth growth--${direction}`} title={direction === 'flat' ? undefined : `${t(direction === 'up' ? 'growth.up' : 'growth.down')} ${text}`}>
      {direction !== 'flat' && (
        <span className="growth__mark" aria-hidden="true">
          {direction === 'up' ? '▲' : '▼'}
        </span>
      )}
      {text}
    </span>
  );
}
