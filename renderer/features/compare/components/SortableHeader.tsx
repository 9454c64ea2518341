import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface SortableHeaderProps {
  label: string;
  /** null when the table is sorted by another column. */
  direction: 'ascending' | 'descending' | null;
  onSort(): void;
  numeric?: boolean;
  children?: ReactNode;
}

/** A column header that sorts the table when pressed; `aria-sort` tells screen readers the order. */
export function SortableHeader({ label, direction, onSort, numeric, children }: SortableHeaderProps) {
  const { t } = useTranslation('compare');
  return (
    <th scope="col" aria-sort={direction ?? 'none'} className={numeric ? 'table__number' : undefined}>
      <button type="button" className="sort-button" onClick={onSort} title={t('zones.sortBy', { column: label })}>
        {children ?? label}
        <span className="sort-button__mark" aria-hidden="true">
          {direction === 'ascending' ? '↑' : direction === 'descending' ? '↓' : '↕'}
        </span>
      </button>
    </th>
  );
}
