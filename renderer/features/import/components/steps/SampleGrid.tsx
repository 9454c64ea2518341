import { TableFrame } from '../../../../components/TableFrame';
import { useTranslation } from 'react-i18next';

/** Excel's column letters: A … Z, AA … */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The sheet's first rows as the spreadsheet shows them, the header row marked. */
export function SampleGrid({ sample, headerRow }: { sample: string[][]; headerRow: number | null }) {
  const { t } = useTranslation('import');
  const width = Math.max(0, ...sample.map((row) => row.length));
  const columns = Array.from({ length: width }, (_, index) => columnLetter(index));
  return (
    <TableFrame label={t('source.sample')} className="import-sample">
      <table className="table table--compact">
        <caption className="visually-hidden">{t('source.sample')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('source.sampleRow')}</th>
            {columns.map((letter) => (
              <th key={letter} scope="col">
                {letter}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sample.map((row, index) => {
            const isHeader = index + 1 === headerRow;
            return (
              <tr key={index} className={isHeader ? 'import-sample__header' : undefined}>
                <th scope="row" className="import-sample__row">
                  {index + 1}
                  {isHeader && <span className="import-sample__mark">{t('source.headerMark')}</span>}
                </th>
                {columns.map((letter, column) => (
                  <td key={letter}>{row[column] ?? ''}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableFrame>
  );
}
