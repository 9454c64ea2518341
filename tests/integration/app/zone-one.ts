import type { AppApi } from '../../../shared/api';

/** Zone z1 and its industrial added value `iav` (a flow in 10k CNY), made through the handlers. */
export async function createZoneOne(handlers: AppApi): Promise<void> {
  await handlers.createZone({
    zone: { id: 'z1', name: 'Zone one', nameZh: '一区', region: '', benchmarkZoneId: null },
  });
  await handlers.createIndicator({
    indicator: {
      id: 'iav',
      name: 'Industrial added value',
      nameZh: '工业增加值',
      unit: '10k CNY',
      kind: 'flow',
      parentId: null,
    },
  });
}
