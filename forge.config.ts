import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { MakerDeb } from '@electron-forge/maker-deb';
import { MakerSquirrel } from '@electron-forge/maker-squirrel';
import { MakerZIP } from '@electron-forge/maker-zip';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { VitePlugin } from '@electron-forge/plugin-vite';
import type { ForgeConfig } from '@electron-forge/shared-types';
import { MakerRpm } from './electron/make/maker-rpm';

const linuxPackage = {
  name: 'zone-stats',
  productName: 'Zone Stats',
  genericName: 'Development zone statistics',
  categories: ['Office' as const],
};

/** The fuses flipped into the Electron binary at package time, where no code can undo them. */
export const FUSES = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // The page is served from app:// (electron/main/app-protocol.ts): file:// needs no extra powers.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
} as const;

const config: ForgeConfig = {
  packagerConfig: {
    name: 'Zone Stats',
    executableName: 'zone-stats',
    asar: true,
  },
  rebuildConfig: {},
  makers: [
    new MakerSquirrel({ name: 'zone_stats' }),
    new MakerZIP({}, ['darwin', 'linux', 'win32']),
    new MakerDeb({ options: linuxPackage }),
    new MakerRpm({ options: linuxPackage }),
  ],
  plugins: [
    new VitePlugin({
      build: [
        { entry: 'electron/main/index.ts', config: 'electron/vite.main.config.ts', target: 'main' },
        { entry: 'electron/main/workbook-worker.ts', config: 'electron/vite.worker.config.ts', target: 'main' },
        { entry: 'electron/preload/index.ts', config: 'electron/vite.preload.config.ts', target: 'preload' },
      ],
      renderer: [{ name: 'main_window', config: 'renderer/vite.config.ts' }],
    }),
    new FusesPlugin(FUSES),
  ],
};

export default config;
