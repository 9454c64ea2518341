import { describe, expect, it } from 'vitest';
import { defaultDataDirectory } from '../../../electron/store';

describe('defaultDataDirectory', () => {
  it.each([
    ['linux', {}, '/home/li/.config/Zone Stats/dataset'],
    ['linux', { XDG_CONFIG_HOME: '/data/config' }, '/data/config/Zone Stats/dataset'],
    ['darwin', {}, '/home/li/Library/Application Support/Zone Stats/dataset'],
    ['win32', { APPDATA: 'C:\\Users\\li\\AppData\\Roaming' }, 'C:\\Users\\li\\AppData\\Roaming\\Zone Stats\\dataset'],
    ['linux', { ZONE_STATS_DATA: '/srv/zone-stats' }, '/srv/zone-stats'],
    ['win32', { ZONE_STATS_DATA: 'D:\\stats', APPDATA: 'C:\\x' }, 'D:\\stats'],
  ] as const)('on %s with %j is %s', (platform, env, expected) => {
    expect(defaultDataDirectory(env, platform, '/home/li')).toBe(expected);
  });

  it('falls back to the roaming profile when APPDATA is unset on Windows', () => {
    expect(defaultDataDirectory({}, 'win32', 'C:\\Users\\li')).toBe(
      'C:\\Users\\li\\AppData\\Roaming\\Zone Stats\\dataset',
    );
  });

  it('ignores an empty override', () => {
    expect(defaultDataDirectory({ ZONE_STATS_DATA: '' }, 'linux', '/home/li')).toBe(
      '/home/li/.config/Zone Stats/dataset',
    );
  });
});
