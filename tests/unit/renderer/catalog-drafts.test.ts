import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../shared/model';
import { serverErrors } from '../../../renderer/features/zones/model/field-errors';
import { descendantIds, indicatorTree } from '../../../renderer/features/zones/model/hierarchy';
import {
  emptyIndicatorDraft,
  indicatorFromDraft,
  validateIndicatorDraft,
} from '../../../renderer/features/zones/model/indicator-draft';
import { withName } from '../../../renderer/features/zones/model/named-draft';
import {
  draftFromZone,
  emptyZoneDraft,
  validateZoneDraft,
  zoneFromDraft,
} from '../../../renderer/features/zones/model/zone-draft';

const indicator = (id: string, parentId: string | null = null): Indicator => ({
  id,
  name: id,
  nameZh: '',
  unit: '',
  kind: 'flow',
  parentId,
  required: false,
  plausibleYoyMin: null,
  plausibleYoyMax: null,
});

describe('the zone draft', () => {
  it('makes the id from the English name until the id is typed', () => {
    const named = withName(emptyZoneDraft(), 'Baotou Rare Earth Zone');
    expect(named.id).toBe('baotou-rare-earth-zone');
    const typed = withName({ ...named, id: 'btree', idEdited: true }, 'Baotou Zone');
    expect(typed.id).toBe('btree');
  });

  it('never rewrites the id of a zone being edited', () => {
    const draft = draftFromZone({ id: 'bt', name: 'Baotou', nameZh: '包头', region: '', benchmarkZoneId: null });
    expect(withName(draft, 'Baotou City').id).toBe('bt');
  });

  it('names each field that is wrong', () => {
    const errors = validateZoneDraft({ ...emptyZoneDraft(), id: '-bad id', region: 'x'.repeat(201) });
    expect(errors).toEqual({
      id: { key: 'idPattern' },
      name: { key: 'nameRequired' },
      region: { key: 'tooLong', max: 200 },
    });
    expect(validateZoneDraft(withName(emptyZoneDraft(), 'Baotou'))).toEqual({});
    // An imported zone may have only its Chinese name.
    expect(validateZoneDraft({ ...emptyZoneDraft(), id: 'nei-meng-gu', nameZh: '内蒙古自治区' })).toEqual({});
  });

  it('trims what is typed and turns "no benchmark" into null', () => {
    expect(zoneFromDraft({ ...emptyZoneDraft(), id: ' bt ', name: ' Baotou ', nameZh: ' 包头 ' })).toEqual({
      id: 'bt',
      name: 'Baotou',
      nameZh: '包头',
      region: '',
      benchmarkZoneId: null,
    });
  });
});

describe('the indicator draft', () => {
  const base = { ...emptyIndicatorDraft(), id: 'iav', name: 'Industrial added value' };

  it('accepts empty bounds, numbers with a minus sign or a percent sign', () => {
    expect(validateIndicatorDraft({ ...base, plausibleYoyMin: '−20', plausibleYoyMax: '40%' })).toEqual({});
    expect(indicatorFromDraft({ ...base, plausibleYoyMin: '−20', plausibleYoyMax: '40%' })).toMatchObject({
      plausibleYoyMin: -20,
      plausibleYoyMax: 40,
    });
    expect(indicatorFromDraft(base)).toMatchObject({ plausibleYoyMin: null, plausibleYoyMax: null, parentId: null });
  });

  it('refuses text and a range upside down', () => {
    expect(validateIndicatorDraft({ ...base, plausibleYoyMin: 'abc' })).toEqual({
      plausibleYoyMin: { key: 'notANumber' },
    });
    expect(validateIndicatorDraft({ ...base, plausibleYoyMin: '50', plausibleYoyMax: '10' })).toEqual({
      plausibleYoyMax: { key: 'rangeOrder' },
    });
    expect(validateIndicatorDraft({ ...base, unit: 'u'.repeat(41) })).toEqual({ unit: { key: 'tooLong', max: 40 } });
  });
});

describe('the store’s problems on the form', () => {
  it('puts a taken id on the id field, and unknown places above the buttons', () => {
    const placed = serverErrors(
      {
        code: 'conflict',
        message: 'a zone with id "bt" already exists',
        problems: [
          { place: 'zone.id', message: 'this id is taken' },
          { place: 'catalog', message: 'something else' },
        ],
      },
      'zone',
      ['id', 'name'] as const,
    );
    expect(placed).toEqual({ fields: { id: { key: 'idTaken' } }, unplaced: ['something else'] });
  });

  it('shows the message of a refusal that names no place', () => {
    expect(
      serverErrors({ code: 'invalid', message: 'zone "a" names an unknown benchmark "b"' }, 'zone', ['id'] as const),
    ).toEqual({
      fields: {},
      unplaced: ['zone "a" names an unknown benchmark "b"'],
    });
  });

  it('keeps the schema’s message for other fields', () => {
    const placed = serverErrors(
      { code: 'invalid', message: 'bad', problems: [{ place: 'indicator.unit', message: 'Too big' }] },
      'indicator',
      ['unit'] as const,
    );
    expect(placed.fields).toEqual({ unit: { text: 'Too big' } });
  });
});

describe('the indicator hierarchy', () => {
  const list = [indicator('c', 'a'), indicator('a'), indicator('d', 'c'), indicator('b')];

  it('finds every component below an indicator', () => {
    expect([...descendantIds(list, 'a')].sort()).toEqual(['c', 'd']);
    expect(descendantIds(list, 'b').size).toBe(0);
  });

  it('lists parents before their components, indented by depth', () => {
    expect(indicatorTree(list).map(({ indicator: { id }, depth }) => `${id}:${depth}`)).toEqual([
      'a:0',
      'c:1',
      'd:2',
      'b:0',
    ]);
  });
});
