import type { Page } from 'playwright-core';
import { enterSeed } from '../../integration/metrics/seed-data';
import { launchApp, type AppUnderTest, type LaunchOptions } from './launch-app';

/** The app over the seed brief's data, the page reloaded so that it reads it. */
export async function launchSeededApp(options: LaunchOptions): Promise<AppUnderTest> {
  const app = await launchApp(options);
  await enterSeed(app.handlers);
  await app.reload();
  return app;
}

/** The entry screen on January–May 2025 of the seed's zone, as the brief reports it. */
export async function chooseSeedMonth(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Zone' }).selectOption({ label: 'Baotou Rare Earth High-Tech Zone' });
  await page.getByRole('combobox', { name: 'Year' }).selectOption('2025');
  await page.getByRole('combobox', { name: 'Month' }).selectOption('5');
}
