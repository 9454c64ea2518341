import type { AppError } from '../../../../../shared/api';
import type { TFunction } from 'i18next';

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO time as the local `YYYY-MM-DD HH:mm`, the same in both languages. */
function localTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** A save refused because another user changed the figure: both figures and who made the other one. */
export function conflictText(t: TFunction<'entry'>, error: AppError): string {
  const details = error.details ?? {};
  const figure = (text: unknown) => (text === 'removed' ? t('save.removedFigure') : String(text ?? ''));
  return t('save.conflict', {
    by: String(details.changedBy ?? ''),
    at: localTime(String(details.changedAt ?? '')),
    theirs: figure(details.theirs),
    mine: figure(details.mine),
  });
}
