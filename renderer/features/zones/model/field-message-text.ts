import type { TFunction } from 'i18next';
import type { FieldMessage } from './field-errors';

export function fieldMessageText(t: TFunction, message: FieldMessage | undefined): string | undefined {
  if (!message) return undefined;
  if ('text' in message) return message.text;
  return t(`catalog.validation.${message.key}`, { max: message.max });
}
