import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { textSegments } from '../../../../renderer/features/brief/model/segments';
import { testAppPerTest } from '../support/test-app';
import { zoneAndCity } from './zone-and-city';

/** Written for this test in a bureau release's style; 规上工业增加值 is not a catalog name. */
const BRIEF =
  '1-5月，稀土高新区规上工业增加值同比增长14.8%，增速高于全市1.8个百分点。全区工业用电量增长明显，约为上年的一点二倍。';

describe('the Brief screen', () => {
  const app = testAppPerTest(zoneAndCity);

  it('reads a pasted brief, asks for the unknown name, checks the gap, commits and undoes', async () => {
    const user = userEvent.setup();
    await app().render({ hash: '#/brief' });
    await user.click(screen.getByLabelText('Text of the brief'));
    await user.paste(BRIEF);
    await user.type(screen.getByLabelText('Published on'), '2025-06-20');
    await user.click(screen.getByRole('button', { name: 'Read the brief' }));

    const choice = await screen.findByLabelText('Indicator for “规上工业增加值”');
    expect(screen.getAllByText('indicator “规上工业增加值” not in the catalog')).toHaveLength(2); // the zone's statement and the city's derived one
    await user.selectOptions(choice, 'iav');
    // 14.8 − 13.0 = 1.8, the city's 13.0 derived from the gap itself.
    await screen.findByText('Gap to 全市: 1.8 pp');
    const claim = screen.getByText('Gap to 全市: 1.8 pp').closest('li')!;
    expect(claim.textContent).toContain('agrees');
    expect(claim.textContent).toContain('computed 14.8 − 13.0 = 1.8, published 1.8');
    expect(screen.getByText('2 new, 0 changed, 0 unchanged, 0 conflicts')).not.toBeNull();

    await user.click(screen.getByRole('button', { name: 'Commit the figures' }));
    const committed = await screen.findByText('Committed: 2 new, 0 changed, 0 overwritten.');
    const stored = await app().handlers.getObservations({ zoneIds: ['btrehtz'] });
    expect(stored.ok && stored.value.map((o) => [o.indicatorId, o.period, o.basis, o.yoyPct])).toEqual([
      ['iav', '2025-05', 'ytd', 14.8],
    ]);
    const indicators = await app().handlers.listIndicators({});
    expect(indicators.ok && indicators.value[0]!.aliases).toEqual(['规上工业增加值']);

    await user.click(within(committed.parentElement!).getByRole('button', { name: 'Undo this brief' }));
    await screen.findByText('The brief’s figures were taken back out.');
    const after = await app().handlers.getObservations({});
    expect(after.ok && after.value).toEqual([]);
  });

  it('adds a phrase the catalog lacks as a new indicator, in the same commit', async () => {
    const user = userEvent.setup();
    await app().render({ hash: '#/brief' });
    await user.click(screen.getByLabelText('Text of the brief'));
    await user.paste('1-5月，稀土高新区新材料产业增加值同比增长21.5%。');
    await user.type(screen.getByLabelText('Published on'), '2025-06-20');
    await user.click(screen.getByRole('button', { name: 'Read the brief' }));
    await user.selectOptions(
      await screen.findByLabelText('Indicator for “新材料产业增加值”'),
      'Add “新材料产业增加值” as a new indicator',
    );
    await screen.findByText('1 new, 0 changed, 0 unchanged, 0 conflicts');
    await user.click(screen.getByRole('button', { name: 'Commit the figures' }));
    await screen.findByText('Committed: 1 new, 0 changed, 0 overwritten.');
    const indicators = await app().handlers.listIndicators({});
    expect(indicators.ok && indicators.value.map((indicator) => indicator.nameZh)).toEqual([
      '规模以上工业增加值',
      '新材料产业增加值',
    ]);
  });
});

describe('the brief text cut for highlighting', () => {
  it('marks read sentences and unread ones, a sentence of several statements once', () => {
    const text = 'AB。CD。EF。';
    const segments = textSegments(text, {
      statements: [
        { span: [0, 3], derived: false },
        { span: [0, 3], derived: true },
      ] as never,
      unread: [{ span: [6, 9], text: 'EF。', reason: 'no period' }],
    });
    expect(segments).toEqual([
      { text: 'AB。', mark: 'read' },
      { text: 'CD。', mark: null },
      { text: 'EF。', mark: 'unread' },
    ]);
  });
});
