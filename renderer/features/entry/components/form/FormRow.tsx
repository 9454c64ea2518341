import { growsInPoints, type MetricRow } from '../../../../../shared/metrics';
import type { Indicator } from '../../../../../shared/model';
import type { HardProblem } from '../../model/checks/hard-checks';
import type { Figures, FigureField, TextField } from '../../model/session/figures';
import { FigureInput } from './FigureInput';
import { HistoryIcon } from '../history/HistoryIcon';
import { LiveFigures } from './LiveFigures';
import { TextInput } from './TextInput';
import type { TFunction } from 'i18next';

/** Name, value, YoY, source and note, four computed figures, marks. */
export const FORM_COLUMNS = 9;

export interface FormRowProps {
  index: number;
  indicator: Indicator;
  name: string;
  depth: number;
  figures: Figures | null;
  pendingSource: string | undefined;
  pendingNote: string | undefined;
  warnings: string[];
  metrics: MetricRow | undefined;
  mark: string | undefined;
  t: TFunction<'entry'>;
  language: string;
  onFigure(field: FigureField, text: string): HardProblem | null;
  onText(field: TextField, text: string): void;
  onHistory(): void;
  describe(problem: HardProblem): string;
}

/** One indicator of the zone-month: its figures, source and note, the computed figures and markers. */
export function FormRow(props: FormRowProps) {
  const { index, indicator, name, depth, figures, warnings, t, language } = props;
  const pending = figures === null && (props.pendingSource || props.pendingNote);
  return (
    <>
      <tr className={warnings.length > 0 ? 'entry-form__row entry-form__row--warning' : 'entry-form__row'}>
        <th scope="row" className="entry-form__name" data-depth={Math.min(depth, 4)}>
          <span>{name}</span>
          {indicator.unit !== '' && <span className="entry-form__unit">{indicator.unit}</span>}
          {indicator.required && <span className="entry-tag entry-tag--required">{t('form.required')}</span>}
        </th>
        <td>
          <FigureInput
            label={`${name} · ${t('fields.value')}`}
            committed={figures?.value ?? null}
            kind={indicator.kind === 'rate' ? 'percent' : 'value'}
            language={language}
            row={index}
            column="value"
            onCommit={(text) => props.onFigure('value', text)}
            describe={props.describe}
          />
        </td>
        <td>
          <FigureInput
            label={`${name} · ${t(growsInPoints(indicator.kind) ? 'fields.yoyPoints' : 'fields.yoyPct')}`}
            committed={figures?.yoyPct ?? null}
            kind="percent"
            language={language}
            row={index}
            column="yoyPct"
            onCommit={(text) => props.onFigure('yoyPct', text)}
            describe={props.describe}
          />
        </td>
        <td>
          <div className="entry-form__texts">
            <TextInput
              label={`${name} · ${t('fields.source')}`}
              committed={figures?.source ?? props.pendingSource ?? ''}
              placeholder={t('fields.source')}
              hint={pending && props.pendingSource ? t('form.pendingSource') : undefined}
              row={index}
              column="source"
              onCommit={(text) => props.onText('source', text)}
            />
            <TextInput
              label={`${name} · ${t('fields.note')}`}
              committed={figures?.note ?? props.pendingNote ?? ''}
              placeholder={warnings.length > 0 ? t('form.reasonPlaceholder') : t('fields.note')}
              row={index}
              column="note"
              onCommit={(text) => props.onText('note', text)}
              secondary
            />
          </div>
        </td>
        <LiveFigures row={props.metrics} kind={indicator.kind} mark={props.mark} t={t} language={language} />
        <td className="entry-form__marks">
          {warnings.length > 0 && (
            <span
              className="entry-marker entry-marker--warning"
              role="img"
              aria-label={`${t('checks.warningMarker')}: ${warnings.join('; ')}`}
              title={warnings.join('\n')}
            >
              !
            </span>
          )}
          <button
            type="button"
            className="icon-button entry-form__history"
            onClick={props.onHistory}
            aria-label={t('form.history', { indicator: name })}
            title={t('grid.history')}
          >
            <HistoryIcon />
          </button>
        </td>
      </tr>
      {warnings.length > 0 && (
        <tr className="entry-form__warning-row">
          <td colSpan={FORM_COLUMNS}>
            <ul className="entry-form__warnings" aria-label={`${t('checks.warningMarker')}: ${name}`}>
              {warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          </td>
        </tr>
      )}
    </>
  );
}
