import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';

/** package.json `productName`: Electron names the app's data folder after it. */
export const PRODUCT_NAME = 'Zone Stats';
export const DATASET_FOLDER = 'dataset';

/**
 * The desktop app's dataset folder, found without Electron (for the command line): Electron's
 * `app.getPath('userData')` joined with `dataset`. `ZONE_STATS_DATA` overrides it.
 */
export function defaultDataDirectory(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env.ZONE_STATS_DATA) return env.ZONE_STATS_DATA;
  if (platform === 'win32')
    return win32.join(env.APPDATA || win32.join(home, 'AppData', 'Roaming'), PRODUCT_NAME, DATASET_FOLDER);
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support', PRODUCT_NAME, DATASET_FOLDER);
  return posix.join(env.XDG_CONFIG_HOME || posix.join(home, '.config'), PRODUCT_NAME, DATASET_FOLDER);
}
