import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { ChecksPanel } from '../../../../renderer/features/compare/components/ChecksPanel';
import { GrowthValue } from '../../../../renderer/features/compare/components/GrowthValue';
import { createI18n } from '../../../../renderer/i18n';
import { createMetricsEngine } from '../../../../shared/metrics';
import type { Catalog, Indicator } from '../../../../shared/model';

function indicator(id: string, name: string, nameZh: string, parentId: string | null = null): Indicator {
  return {
    id,
    name,
    nameZh,
    unit: '10k CNY',
    kind: 'flow',
    parentId,
    required: false,
    plausibleYoyMin: null,
    plausibleYoyMax: null,
  };
}

const CATALOG: Catalog = {
  zones: [{ id: 'z', name: 'Zone', nameZh: '区', region: '', benchmarkZoneId: null }],
  indicators: [
    indicator('total', 'Total', '总量'),
    indicator('a', 'Part A', '甲', 'total'),
    indicator('b', 'Part B', '乙', 'total'),
  ],
};

// Implied priors total 1000, a 600, b 300: a 10 × 0.6 = 6.0 pp, b 15 × 0.3 = 4.5 pp, Σ 10.5 against a growth of 10.
const WARNINGS = createMetricsEngine(CATALOG, [
  { zoneId: 'z', indicatorId: 'total', period: '2025-06', basis: 'ytd', value: 1100, yoyPct: 10 },
  { zoneId: 'z', indicatorId: 'a', period: '2025-06', basis: 'ytd', value: 660, yoyPct: 10 },
  { zoneId: 'z', indicatorId: 'b', period: '2025-06', basis: 'ytd', value: 345, yoyPct: 15 },
]).warnings();

afterEach(cleanup);

async function renderIn(language: 'en' | 'zh', node: React.ReactNode) {
  const i18n = await createI18n(language);
  render(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>);
}

describe('Compare: checks with their arithmetic', () => {
  it('lists the contributions and their sum against the growth, in English', async () => {
    await renderIn('en', <ChecksPanel warnings={WARNINGS} indicators={CATALOG.indicators} period="2025-06" />);
    expect(screen.getByRole('heading', { name: 'Checks' })).toBeTruthy();
    expect(screen.getByRole('listitem').textContent).toBe(
      'Total: contributions of the components Part A 6.00 + Part B 4.50 = 10.50 pp, more than its growth of 10.0%',
    );
  });

  it('and in Chinese', async () => {
    await renderIn('zh', <ChecksPanel warnings={WARNINGS} indicators={CATALOG.indicators} period="2025-06" />);
    expect(screen.getByRole('listitem').textContent).toBe(
      '总量：各分项拉动 甲 6.00 + 乙 4.50 = 10.50 个百分点，超过其增速 10.0%',
    );
  });

  it('shows nothing for another period', async () => {
    await renderIn('en', <ChecksPanel warnings={WARNINGS} indicators={CATALOG.indicators} period="2025-05" />);
    expect(screen.queryByRole('heading', { name: 'Checks' })).toBeNull();
  });
});

describe('Compare: a rate’s growth reads in pp', () => {
  it('−1.2 pp for a rate, 14.8 without a unit for a flow (the column says %)', async () => {
    await renderIn(
      'en',
      <>
        <GrowthValue value={75.7 - 76.9} kind="rate" />
        <GrowthValue value={14.8} kind="flow" />
      </>,
    );
    const shown = [...document.querySelectorAll('.growth')].map((element) => element.textContent);
    expect(shown).toEqual(['▼−1.2 pp', '▲14.8']);
  });

  it('个百分点 in Chinese', async () => {
    await renderIn('zh', <GrowthValue value={1.2} kind="rate" />);
    expect(document.querySelector('.growth')!.textContent).toBe('▲1.2个百分点');
  });
});
