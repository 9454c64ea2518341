import { useTranslation } from 'react-i18next';
import type { FigureSet } from '../../../../shared/api';
import { useLanguage } from '../../../i18n/use-language';

/** How the wizard writes a stored or incoming figure: `value · YoY %`, a dash for what is missing. */
export function useFigureText(): (figures: FigureSet | null) => string {
  const { t } = useTranslation('import');
  const language = useLanguage();
  const number = new Intl.NumberFormat(language === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 4 });
  const show = (value: number | null) => (value === null ? t('changes.noValue') : number.format(value));
  return (figures) =>
    figures ? t('changes.figure', { value: show(figures.value), yoy: show(figures.yoyPct) }) : t('changes.noValue');
}
