import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TableFrame } from '../../../components/TableFrame';

interface CatalogTableProps {
  label: string;
  /** Headers of the columns before the row actions. */
  columns: readonly string[];
  /** The rows (CatalogRow). */
  children: ReactNode;
}

/** A catalog list: the headers, the rows, and an unlabelled-looking (but named) actions column. */
export function CatalogTable({ label, columns, children }: CatalogTableProps) {
  const { t } = useTranslation();
  return (
    <TableFrame label={label}>
      <table className="table" aria-label={label}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableFrame>
  );
}
