import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Indicator, Zone } from '../../../shared/model';
import { CatalogGate } from '../../../renderer/components/CatalogGate';
import { testAppPerTest } from './support/test-app';

const ZONE: Zone = { id: 'zone', name: 'Zone', nameZh: '', region: '', benchmarkZoneId: null };
const INDICATOR: Indicator = {
  id: 'iav',
  name: 'Industrial added value',
  nameZh: '',
  unit: '100m CNY',
  kind: 'flow',
  parentId: null,
  required: true,
  plausibleYoyMin: null,
  plausibleYoyMax: null,
};

const content = ({ zones, indicators }: { zones: Zone[]; indicators: Indicator[] }) => (
  <p>{`${zones.length} zones, ${indicators.length} indicators`}</p>
);

describe('the catalog gate', () => {
  const app = testAppPerTest();

  it('shows the content only once the zones and indicators it needs are in', async () => {
    await app().handlers.createZone({ zone: ZONE });
    await app().renderWithin(
      <>
        <CatalogGate needs="zones">{content}</CatalogGate>
        <CatalogGate needs="catalog">{content}</CatalogGate>
      </>,
    );
    expect(await screen.findByText('1 zones, 0 indicators')).toBeTruthy();
    const empty = screen.getByRole('region', { name: 'No zones or indicators yet' });
    expect(within(empty).getByRole('link', { name: 'Go to Zones & indicators' }).getAttribute('href')).toBe('#/zones');
  });

  it('says what the zones screen lacks, with the action it was given', async () => {
    await app().renderWithin(
      <CatalogGate needs="indicators" action={<button type="button">Add indicator</button>}>
        {content}
      </CatalogGate>,
    );
    const empty = await screen.findByRole('region', { name: 'No indicators yet' });
    expect(within(empty).getByRole('button', { name: 'Add indicator' })).toBeTruthy();
    expect(within(empty).queryByRole('link', { name: 'Go to Zones & indicators' })).toBeNull();
  });

  it('says when the catalog could not be read, and reads it again on request', async () => {
    await app().handlers.createZone({ zone: ZONE });
    await app().handlers.createIndicator({ indicator: INDICATOR });
    const listZones = window.api.listZones;
    let refusals = 1;
    window.api.listZones = async (arg) =>
      refusals-- > 0 ? { ok: false, error: { code: 'internal', message: 'disk gone' } } : listZones(arg);

    await app().renderWithin(<CatalogGate needs="catalog">{content}</CatalogGate>);
    expect(await screen.findByText('Could not load the data.')).toBeTruthy();
    expect(screen.queryByText('1 zones, 1 indicators')).toBeNull();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('1 zones, 1 indicators')).toBeTruthy();
  });
});
