import { describe, expect, it } from 'vitest';
import { catalogIndexes, newId } from '../../../../shared/app/import/catalog-index';
import { readableId } from '../../../../shared/app/import/readable-id';
import type { Zone } from '../../../../shared/model';

const zone = (id: string, name: string, nameZh: string): Zone => ({
  id,
  name,
  nameZh,
  region: '',
  benchmarkZoneId: null,
});

describe('readable ids for Chinese names', () => {
  it('spells the name in pinyin, without tones', () => {
    expect(readableId('内燃机')).toBe('nei-ran-ji');
    expect(readableId('煤炭开采和洗选业')).toBe('mei-tan-kai-cai-he-xi-xuan-ye');
    expect(readableId('绿色GDP')).toBe('lv-se-gdp');
  });

  it("keeps a long name's id within 60 characters, cut between syllables", () => {
    const id = readableId('规模以上工业企业营业收入利润总额同比增长率按行业分组统计');
    expect(id.length).toBeLessThanOrEqual(60);
    expect(id).toMatch(/^gui-mo-yi-shang-gong-ye-qi-ye-ying-ye-shou-ru-[a-z-]*[a-z]$/);
  });

  it('numbers a collision, and keeps English names as they were', () => {
    const taken = new Set(['nei-ran-ji', 'nei-ran-ji-2']);
    expect(newId('indicator', '内燃机', (id) => taken.has(id))).toBe('nei-ran-ji-3');
    expect(newId('zone', 'Ordos Zone', () => false)).toBe('ordos-zone');
    expect(newId('zone', '★', () => false)).toMatch(/^zone-[0-9a-f]{8}$/);
  });
});

describe('zones by name, with or without the administrative suffix', () => {
  const { zones } = catalogIndexes({
    zones: [
      zone('bj', 'Beijing', '北京市'),
      zone('nmg', '', '内蒙古自治区'),
      zone('cy', '', '朝阳市'),
      zone('tj', '', '天津'),
    ],
    indicators: [],
  });

  it('finds 北京 as 北京市, 内蒙古 as 内蒙古自治区, and 天津市 as 天津', () => {
    expect(zones.find('北京')).toMatchObject({ id: 'bj' });
    expect(zones.find('北京市')).toMatchObject({ id: 'bj' });
    expect(zones.find('内蒙古')).toMatchObject({ id: 'nmg' });
    expect(zones.find('天津市')).toMatchObject({ id: 'tj' });
    expect(zones.find('beijing')).toMatchObject({ id: 'bj' });
  });

  it('never takes one suffix for another: 朝阳区 is not 朝阳市', () => {
    expect(zones.find('朝阳区')).toBeUndefined();
    expect(zones.find('朝阳')).toMatchObject({ id: 'cy' });
  });

  it('does not guess between two zones a short name could be', () => {
    const both = catalogIndexes({
      zones: [zone('jl-p', '', '吉林省'), zone('jl-c', '', '吉林市')],
      indicators: [],
    }).zones;
    expect(both.find('吉林')).toBe('ambiguous');
    expect(both.find('吉林市')).toMatchObject({ id: 'jl-c' });
  });
});
