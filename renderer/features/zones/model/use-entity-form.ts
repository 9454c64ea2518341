import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { AppErrorCode, Result } from '../../../../shared/api';
import { hasErrors, serverErrors, type FieldErrors } from './field-errors';

interface EntityFormOptions<D extends object, F extends string, T> {
  initial: D;
  entity: 'zone' | 'indicator';
  fields: readonly F[];
  validate(draft: D): FieldErrors<F>;
  save(draft: D): Promise<Result<T>>;
  onSaved(value: T): void;
}

export interface FormFailure {
  code: AppErrorCode;
  messages: string[];
}

/**
 * A create/edit form's state: the draft, errors in place (checked on submit, then live), the
 * store's refusals placed on their fields, and focus moved to the first field to fix.
 */
export function useEntityForm<D extends object, F extends string, T>(options: EntityFormOptions<D, F, T>) {
  const { validate, save, onSaved, entity, fields } = options;
  const [initial] = useState(options.initial);
  const [draft, setDraft] = useState(options.initial);
  const [attempted, setAttempted] = useState(false);
  const [clientErrors, setClientErrors] = useState<FieldErrors<F>>({});
  const [storeErrors, setStoreErrors] = useState<FieldErrors<F>>({});
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  function update(next: D) {
    const changed = (Object.keys(next) as (keyof D)[]).filter((key) => next[key] !== draft[key]);
    setDraft(next);
    if (attempted) setClientErrors(validate(next));
    setStoreErrors((current) => {
      const kept = { ...current };
      for (const key of changed) delete kept[key as unknown as F];
      return kept;
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    // A dialog opened from this one (a new benchmark zone) must not submit this form too.
    event.stopPropagation();
    if (busy) return;
    setAttempted(true);
    setFailure(null);
    setStoreErrors({});
    const found = validate(draft);
    setClientErrors(found);
    if (hasErrors(found)) {
      setFocusRequest((n) => n + 1);
      return;
    }
    setBusy(true);
    const result = await save(draft);
    setBusy(false);
    if (result.ok) {
      onSaved(result.value);
      return;
    }
    const placed = serverErrors(result.error, entity, fields);
    setStoreErrors(placed.fields);
    setFailure(
      placed.unplaced.length > 0 || !hasErrors(placed.fields)
        ? { code: result.error.code, messages: placed.unplaced }
        : null,
    );
    setFocusRequest((n) => n + 1);
  }

  const errors: FieldErrors<F> = { ...storeErrors, ...clientErrors };
  /** Something was typed: closing by Esc asks first. */
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);
  return { draft, update, errors, failure, busy, submit, formRef, dirty };
}
