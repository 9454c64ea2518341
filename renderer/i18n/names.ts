import { displayName } from '../../shared/model';
import type { ChoiceOption } from '../components/SegmentedChoice';

export interface Named {
  id: string;
  name: string;
  nameZh: string;
}

/** A zone's or indicator's name in the UI language; the id itself when the list lacks it. */
export function nameOf(items: readonly Named[], id: string, language: string): string {
  const item = items.find((candidate) => candidate.id === id);
  return item ? displayName(item, language) : id;
}

/** Zones or indicators as the options of a drop-down, each by its name in the UI language. */
export function namedOptions(items: readonly Named[], language: string): ChoiceOption<string>[] {
  return items.map((item) => ({ value: item.id, label: displayName(item, language) }));
}
