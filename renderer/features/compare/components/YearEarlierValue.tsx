import { entered, level } from '../model/format';

interface YearEarlierValueProps {
  /** The figure entered for the same period a year earlier, if any. */
  stored: number | null;
  /** This period's value taken back by its published growth: value ÷ (1 + YoY). */
  implied: number | null;
  /** Carries its own spacing: ` (implied)`, `（推算）`. */
  impliedWord: string;
}

/** A year earlier's value: the one entered, else the one implied by this period's growth, marked as such. */
export function YearEarlierValue({ stored, implied, impliedWord }: YearEarlierValueProps) {
  if (stored !== null || implied === null) return <>{entered(stored)}</>;
  return (
    <>
      {level(implied)}
      <span className="compare-muted">{impliedWord}</span>
    </>
  );
}
