import type { TestApp } from '../support/test-app';

/** The brief tests' catalog: Baotou (全市) and its rare earth zone benchmarked on it, and industrial added value. */
export async function zoneAndCity(app: TestApp) {
  const { handlers } = app;
  await handlers.createZone({
    zone: { id: 'baotou', name: 'Baotou', nameZh: '包头市', region: '', benchmarkZoneId: null, aliases: ['全市'] },
  });
  await handlers.createZone({
    zone: {
      id: 'btrehtz',
      name: 'Rare Earth Hi-Tech Zone',
      nameZh: '稀土高新区',
      region: '',
      benchmarkZoneId: 'baotou',
    },
  });
  await handlers.createIndicator({
    indicator: {
      id: 'iav',
      name: 'Industrial added value',
      nameZh: '规模以上工业增加值',
      unit: '万元',
      kind: 'flow',
      parentId: null,
      required: false,
      plausibleYoyMin: null,
      plausibleYoyMax: null,
    },
  });
}
