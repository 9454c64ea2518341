import { describe, expect, it } from 'vitest';
import { resources } from '../../../renderer/i18n';
import { emptyKeys, leaves, placeholderMismatches, untranslatedKeys } from './support/message-parity';

type Namespace = keyof typeof resources.en;

/** Strings that read the same in both languages: names of languages, units, the product name, symbols. */
const SAME_IN_BOTH: Record<Namespace, readonly string[]> = {
  translation: [
    'app.name',
    'languages.en',
    'languages.zh',
    'common.notSet',
    'units.bytes',
    'units.kilobytes',
    'units.megabytes',
    'units.gigabytes',
  ],
  brief: ['statements.separator'],
  compare: ['charts.thisYear', 'bulletin.english'],
  entry: ['undo.undoKeys', 'undo.redoKeys', 'history.empty'],
  export: ['options.english', 'filters.csv'],
  import: ['changes.noValue', 'changes.figure', 'changes.kind', 'file.current', 'progress.count'],
};

const NAMESPACES = Object.keys(resources.en) as Namespace[];

describe.each(NAMESPACES)('the English and Chinese strings of the %s namespace', (namespace) => {
  const english = leaves(resources.en[namespace]);
  const chinese = leaves(resources.zh[namespace]);

  it('have exactly the same keys', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('leave no string empty', () => {
    expect(emptyKeys(english, chinese)).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    expect(placeholderMismatches(english, chinese)).toEqual([]);
  });

  it('are translated: the Chinese UI text is Chinese', () => {
    expect(untranslatedKeys(chinese, new Set(SAME_IN_BOTH[namespace]))).toEqual([]);
  });
});

describe('the namespaces', () => {
  it('are the same in every language', () => {
    expect(Object.keys(resources.zh).sort()).toEqual([...NAMESPACES].sort());
  });
});
