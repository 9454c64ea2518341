/**
 * The browser end-to-end harness. `npm run build:renderer` first; then, in a `*.e2e.test.ts`:
 *
 *   const app = await launchApp({ screen: 'zones' });          // fresh store in a temp folder
 *   await app.page.getByRole('button', { name: 'Add zone' }).click();
 *   expect(await app.handlers.listZones({})).toEqual(...);      // the same store, from Node
 *   app.shell.queueOpenFile({ name: 'bureau.xlsx', bytes });    // what the next open dialog picks
 *   app.shell.placeDroppedFile({ name: 'bureau.xlsx', bytes }); // on disk, for a File of that name dropped on the page
 *   await app.menuCommand({ kind: 'undo' });                    // as the native menu would
 *   await app.restart();                                        // close the store, reopen from disk, reload
 *   await app.screenshot('import-wizard-en-light');             // test-artifacts/e2e/<name>.png
 *   expect(app.errors).toEqual([]);                             // console errors, CSP violations
 *   await app.close();
 *
 * Options: `storeDir` (reuse a folder, kept after close), `preferences` (stored before the page
 * loads, e.g. `{ language: 'zh', theme: 'dark' }`), `screen`, `colorScheme`, `viewport`, `clock`.
 */
export { launchApp, type AppUnderTest, type LaunchOptions } from './launch-app';
export { chooseSeedMonth, launchSeededApp } from './seeded-app';
export { ShellDouble } from './shell-double';
export { chartDrawn } from './chart-drawn';
export { RENDERER_BUILD, SCREENSHOT_DIR } from './paths';
