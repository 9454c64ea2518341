import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { testAppPerTest } from './support/test-app';

describe('the Zones & indicators screen', () => {
  const app = testAppPerTest();

  async function openZoneForm() {
    const user = userEvent.setup();
    await app().render({ hash: '#/zones' });
    await user.click((await screen.findAllByRole('button', { name: 'Add zone' }))[0]!);
    return { user, form: screen.getByRole('dialog', { name: 'Add a zone' }) };
  }

  it('checks the form on submit and shows each problem next to its field', async () => {
    const { user, form } = await openZoneForm();
    const id = within(form).getByLabelText('Id');
    await user.type(id, 'bad id!');
    await user.click(within(form).getByRole('button', { name: 'Create' }));

    const name = within(form).getByLabelText('English name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    const nameError = within(form).getByText('Enter the English name.');
    expect(name.getAttribute('aria-describedby')).toContain(nameError.id);
    expect(id.getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByText(/Use letters, digits/)).toBeTruthy();
    expect(document.activeElement).toBe(name);
    expect(await app().handlers.listZones({})).toEqual({ ok: true, value: [] });
  });

  it('checks again as the user types once a submit has failed', async () => {
    const { user, form } = await openZoneForm();
    await user.click(within(form).getByRole('button', { name: 'Create' }));
    expect(within(form).queryByText('Enter the English name.')).not.toBeNull();
    await user.type(within(form).getByLabelText('English name'), 'Baotou');
    expect(within(form).queryByText('Enter the English name.')).toBeNull();
    expect((within(form).getByLabelText('Id') as HTMLInputElement).value).toBe('baotou');
  });

  it('creates the zone in the store and lists it', async () => {
    const { user, form } = await openZoneForm();
    await user.type(within(form).getByLabelText('English name'), 'Baotou City');
    await user.type(within(form).getByLabelText('Chinese name'), '包头市');
    await user.click(within(form).getByRole('button', { name: 'Create' }));

    await screen.findByRole('rowheader', { name: /^Baotou City/ });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await app().handlers.listZones({})).toEqual({
      ok: true,
      value: [{ id: 'baotou-city', name: 'Baotou City', nameZh: '包头市', region: '', benchmarkZoneId: null }],
    });
  });

  it('keeps the other names typed ;-separated as aliases, shown as chips', async () => {
    const { user, form } = await openZoneForm();
    await user.type(within(form).getByLabelText('English name'), 'Baotou City');
    await user.type(within(form).getByLabelText('Other names'), '包头；全市; 包头');
    expect(
      within(within(form).getByRole('list', { name: 'Other names' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['包头', '全市']);
    await user.click(within(form).getByRole('button', { name: 'Create' }));
    await screen.findByRole('rowheader', { name: /^Baotou City/ });
    const saved = await app().handlers.listZones({});
    expect(saved.ok && saved.value[0]!.aliases).toEqual(['包头', '全市']);
  });

  it('shows a zone imported with its Chinese name only, in English too', async () => {
    await app().handlers.createZone({
      zone: { id: 'nei-meng-gu', name: '', nameZh: '内蒙古自治区', region: '', benchmarkZoneId: null },
    });
    await app().render({ hash: '#/zones' });
    const header = await screen.findByRole('rowheader', { name: /内蒙古自治区/ });
    // First, as the name, not as a second line under an empty English one.
    expect(header.querySelector('.name-cell__primary')?.textContent).toBe('内蒙古自治区');
    expect(header.querySelector('.name-cell__secondary')).toBeNull();
    expect(screen.getByRole('button', { name: 'Edit “内蒙古自治区”' })).toBeTruthy();
  });

  it('offers only other zones as benchmark, and no indicator below itself as parent', async () => {
    await app().handlers.createZone({
      zone: { id: 'city', name: 'City', nameZh: '', region: '', benchmarkZoneId: null },
    });
    await app().handlers.createZone({
      zone: { id: 'zone', name: 'Zone', nameZh: '', region: '', benchmarkZoneId: 'city' },
    });
    const indicator = {
      nameZh: '',
      unit: '',
      kind: 'flow' as const,
      required: false,
      plausibleYoyMin: null,
      plausibleYoyMax: null,
    };
    await app().handlers.createIndicator({ indicator: { ...indicator, id: 'total', name: 'Total', parentId: null } });
    await app().handlers.createIndicator({ indicator: { ...indicator, id: 'part', name: 'Part', parentId: 'total' } });
    await app().handlers.createIndicator({
      indicator: { ...indicator, id: 'sub', name: 'Sub-part', parentId: 'part' },
    });
    await app().handlers.createIndicator({ indicator: { ...indicator, id: 'other', name: 'Other', parentId: null } });
    const user = userEvent.setup();
    await app().render({ hash: '#/zones' });

    await user.click(await screen.findByRole('button', { name: 'Edit “Zone”' }));
    const zoneForm = screen.getByRole('dialog', { name: 'Edit zone' });
    const benchmarks = within(within(zoneForm).getByLabelText('Benchmark zone')).getAllByRole('option');
    expect(benchmarks.map((option) => option.textContent)).toEqual(['None', 'City', 'New zone…']); // the last creates one (issue 16 item 10)
    await user.click(within(zoneForm).getByRole('button', { name: 'Cancel' }));

    await user.click(screen.getByRole('tab', { name: /Indicators/ }));
    await user.click(await screen.findByRole('button', { name: 'Edit “Part”' }));
    const indicatorForm = screen.getByRole('dialog', { name: 'Edit indicator' });
    const parents = within(within(indicatorForm).getByLabelText('Part of')).getAllByRole('option');
    expect(parents.map((option) => option.textContent)).toEqual(['None', 'Total', 'Other']);
  });

  it('asks twice before deleting an indicator with data, naming how much goes', async () => {
    await app().handlers.createZone({
      zone: { id: 'zone', name: 'Zone', nameZh: '', region: '', benchmarkZoneId: null },
    });
    await app().handlers.createIndicator({
      indicator: {
        id: 'output',
        name: 'Output',
        nameZh: '产值',
        unit: '亿元',
        kind: 'flow',
        parentId: null,
        required: false,
        plausibleYoyMin: null,
        plausibleYoyMax: null,
      },
    });
    await app().handlers.saveObservations({
      observations: [
        {
          zoneId: 'zone',
          indicatorId: 'output',
          period: '2025-01',
          basis: 'month',
          value: 1,
          yoyPct: null,
          source: '',
          note: '',
        },
      ],
    });
    const user = userEvent.setup();
    await app().render({ hash: '#/zones' });
    await user.click(await screen.findByRole('tab', { name: /Indicators/ }));
    await user.click(await screen.findByRole('button', { name: 'Delete “Output”' }));
    await user.click(
      within(screen.getByRole('alertdialog', { name: 'Delete indicator “Output”?' })).getByRole('button', {
        name: 'Delete',
      }),
    );

    const second = await screen.findByRole('alertdialog', { name: '“Output” still has data' });
    expect(within(second).getByText('1 observation will be deleted with it.')).toBeTruthy();
    expect((await app().handlers.listIndicators({})).ok).toBe(true);
    await user.click(within(second).getByRole('button', { name: 'Delete with its data' }));

    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(await app().handlers.listIndicators({})).toEqual({ ok: true, value: [] });
    await screen.findByText('Indicator “Output” deleted.');
  });
});
