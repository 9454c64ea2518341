import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, DeleteOutcome } from '../../../../shared/api';
import { call, reportError } from '../../../api';
import { ConfirmDialog } from '../../../components/ConfirmDialog';

export interface DeleteTarget {
  kind: 'zone' | 'indicator';
  id: string;
  name: string;
}

interface DeleteFlowProps {
  target: DeleteTarget;
  onDeleted(outcome: DeleteOutcome): void;
  /** Also called after a refusal other than `in_use`, which has been reported. */
  onCancel(error?: AppError): void;
}

const USE_COUNTS = ['observations', 'benchmarkOf', 'children'] as const;

/**
 * Delete with a confirmation; when data still uses the entry, a second one says how much goes
 * with it and that a backup is taken, and only then is the store asked with `confirm: true`.
 */
export function DeleteFlow({ target, onDeleted, onCancel }: DeleteFlowProps) {
  const { t } = useTranslation();
  const [uses, setUses] = useState<AppError['details'] | null>(null);
  const nouns = target.kind === 'zone' ? 'zones' : 'indicators';

  async function remove(confirm: boolean) {
    const method = target.kind === 'zone' ? 'deleteZone' : 'deleteIndicator';
    const result = await call(method, { id: target.id, confirm });
    if (result.ok) return onDeleted(result.value);
    if (result.error.code === 'in_use' && !confirm) return setUses(result.error.details ?? {});
    reportError(result.error);
    onCancel(result.error);
  }

  if (uses) {
    const counts = USE_COUNTS.map((key) => [key, Number(uses[key] ?? 0)] as const).filter(([, count]) => count > 0);
    return (
      <ConfirmDialog
        title={t(`catalog.${nouns}.inUseTitle`, { name: target.name })}
        confirmLabel={t('catalog.inUse.confirm')}
        onConfirm={() => remove(true)}
        onCancel={() => onCancel()}
      >
        <ul className="consequences">
          {counts.map(([key, count]) => (
            <li key={key}>{t(`catalog.inUse.${key}`, { count })}</li>
          ))}
        </ul>
        <p>{t('catalog.inUse.backup')}</p>
      </ConfirmDialog>
    );
  }

  return (
    <ConfirmDialog
      title={t(`catalog.${nouns}.deleteTitle`, { name: target.name })}
      confirmLabel={t('common.delete')}
      onConfirm={() => remove(false)}
      onCancel={() => onCancel()}
    >
      <p>{t(`catalog.${nouns}.deleteBody`)}</p>
    </ConfirmDialog>
  );
}
