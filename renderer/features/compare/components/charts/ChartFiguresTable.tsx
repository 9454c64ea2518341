import { TableFrame } from '../../../../components/TableFrame';
import type { ChartFigures } from '../../model/charts/chart-figures';
import { useTranslation } from 'react-i18next';

interface ChartFiguresTableProps {
  title: string;
  categoryLabel: string;
  figures: ChartFigures | null;
}

/** The chart's text alternative: the figures it draws, as a table behind a disclosure. */
export function ChartFiguresTable({ title, categoryLabel, figures }: ChartFiguresTableProps) {
  const { t } = useTranslation('compare');
  if (!figures) return null;
  return (
    <details className="chart-panel__figures">
      <summary>{t('charts.figures')}</summary>
      <TableFrame label={title}>
        <table className="table table--compact">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{categoryLabel}</th>
              {figures.series.map((name, index) => (
                <th scope="col" className="table__number" key={index}>
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {figures.categories.map((category, row) => (
              <tr key={row}>
                <th scope="row">{category}</th>
                {figures.cells[row]!.map((cell, column) => (
                  <td className="table__number" key={column}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </details>
  );
}
