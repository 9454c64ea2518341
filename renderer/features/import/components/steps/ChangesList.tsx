import { useState } from 'react';
import type { ImportItemKind, ImportPreview } from '../../../../../shared/api';
import { useCatalog } from '../../../../app/catalog';
import { TableFrame } from '../../../../components/TableFrame';
import { useApiValue } from '../../../../data/use-api-value';
import { shortPeriodLabel } from '../../../../i18n/format';
import { keyText } from '../../model/names';
import { useFigureText } from '../../model/use-figure-text';
import { nameOf } from '../../../../i18n/names';
import { matchesText } from '../../model/text-filter';
import { FilteredList } from '../FilteredList';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../../i18n/use-language';

const PAGE = 200;
const KINDS: readonly ImportItemKind[] = ['added', 'changed', 'conflict', 'unchanged'];

/**
 * Each figure the import would write, page by page: zone, indicator, period (in the UI's language),
 * before → after; filtered by kind and by text.
 */
export function ChangesList({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation('import');
  const language = useLanguage();
  const catalog = useCatalog();
  const [kind, setKind] = useState<ImportItemKind>(preview.diff.added > 0 ? 'added' : 'changed');
  const [offset, setOffset] = useState(0);
  const [text, setText] = useState('');
  const items = useApiValue(
    'getImportItems',
    { token: preview.token, kind, offset, limit: PAGE },
    { followDataset: false },
  );
  // A page that could not be read lists nothing.
  const page = items.status === 'failed' ? null : items.value;

  const zones = [...catalog.zones, ...preview.zonesToCreate];
  const indicators = [...catalog.indicators, ...preview.indicatorsToCreate];
  const figureText = useFigureText();
  const rows = (page?.items ?? []).map((item) => ({
    item,
    zone: nameOf(zones, item.key.zoneId, language),
    indicator: nameOf(indicators, item.key.indicatorId, language),
    period: `${shortPeriodLabel(item.key.period, item.key.basis, language)} · ${t(`source.bases.${item.key.basis}`)}`,
  }));
  const shown = rows.filter((row) => matchesText([row.zone, row.indicator, row.period, row.item.place], text));
  const counts: Record<ImportItemKind, number> = {
    added: preview.diff.added,
    changed: preview.diff.changed,
    conflict: preview.diff.conflicts,
    unchanged: preview.diff.unchanged,
  };
  const total = page?.total ?? 0;

  return (
    <section className="stack" aria-label={t('changes.listTitle')}>
      <h2 className="import-subtitle">{t('changes.listTitle')}</h2>
      <FilteredList
        choice={kind}
        choices={KINDS.map((option) => ({
          value: option,
          label: t('changes.kind', {
            kind: t(`changes.${option === 'conflict' ? 'conflicts' : option}`),
            count: counts[option],
          }),
        }))}
        onChoose={(next) => {
          setKind(next);
          setOffset(0);
        }}
        text={text}
        placeholder={t('changes.filterPlaceholder')}
        onText={setText}
        shownCount={shown.length}
        nothingText={t('changes.nothingListed')}
      >
        <TableFrame label={t('changes.listTitle')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('fields.zone')}</th>
                <th scope="col">{t('fields.indicator')}</th>
                <th scope="col">{t('fields.period')}</th>
                <th scope="col" className="table__number">
                  {t('changes.before')}
                </th>
                <th scope="col" className="table__number">
                  {t('changes.after')}
                </th>
                <th scope="col">{t('problems.place')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={keyText(row.item.key)}>
                  <td>{row.zone}</td>
                  <th scope="row" className="table__name">
                    {row.indicator}
                  </th>
                  <td className="table__nowrap">{row.period}</td>
                  <td className="table__number table__nowrap">{figureText(row.item.existing)}</td>
                  <td className="table__number table__nowrap">{figureText(row.item.incoming)}</td>
                  <td className="code">{row.item.place}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      </FilteredList>
      {total > PAGE && (
        <div className="import-pager">
          <button
            type="button"
            className="button button--ghost"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - PAGE))}
          >
            {t('changes.previousPage')}
          </button>
          <span className="muted">
            {t('changes.pageOf', { from: offset + 1, to: Math.min(offset + PAGE, total), total })}
          </span>
          <button
            type="button"
            className="button button--ghost"
            disabled={offset + PAGE >= total}
            onClick={() => setOffset(offset + PAGE)}
          >
            {t('changes.nextPage')}
          </button>
        </div>
      )}
    </section>
  );
}
