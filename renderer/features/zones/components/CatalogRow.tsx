import type { ComponentProps, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName } from '../../../../shared/model';
import { NameCell } from './NameCell';
import { RowActions } from './RowActions';

interface CatalogRowProps {
  entity: { id: string; name: string; nameZh: string };
  /** How the name cell sits (an indicator's indent under its parent). */
  nameCell?: Omit<ComponentProps<typeof NameCell>, 'entity'>;
  onEdit(): void;
  onDelete(): void;
  /** The cells between the id and the actions. */
  children: ReactNode;
}

/** One catalog entry: its names, its id, the caller's cells, then Edit and Delete. */
export function CatalogRow({ entity, nameCell, onEdit, onDelete, children }: CatalogRowProps) {
  const { i18n } = useTranslation();
  return (
    <tr data-id={entity.id}>
      <NameCell entity={entity} {...nameCell} />
      <td>
        <code className="code">{entity.id}</code>
      </td>
      {children}
      <td className="table__actions">
        <RowActions name={displayName(entity, i18n.language)} onEdit={onEdit} onDelete={onDelete} />
      </td>
    </tr>
  );
}
