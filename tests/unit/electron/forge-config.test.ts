import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import config from '../../../forge.config';
import { MakerRpm, rpmArch } from '../../../electron/make/maker-rpm';

type Named = { name: string; config?: unknown; platforms?: string[] };
const plugins = config.plugins as unknown as Named[];
const plugin = (name: string) => plugins.find((candidate) => candidate.name === name) as Named;

describe('forge.config.ts', () => {
  it('packages the app into an asar archive', () => {
    expect(config.packagerConfig?.asar).toBe(true);
  });

  it('makes deb, rpm, zip and squirrel', () => {
    const makers = (config.makers as unknown as Named[]).map((maker) => maker.name).sort();
    expect(makers).toEqual(['deb', 'rpm', 'squirrel', 'zip']);
  });

  it('flips the fuses: no running as Node, no NODE_OPTIONS or inspect flags, asar integrity and asar-only loading on, no extra file:// privileges', () => {
    expect(plugin('fuses').config).toEqual({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it('builds main, the workbook worker and preload and serves the renderer named main_window through the Vite plugin', () => {
    expect(plugin('vite').config).toEqual({
      build: [
        { entry: 'electron/main/index.ts', config: 'electron/vite.main.config.ts', target: 'main' },
        { entry: 'electron/main/workbook-worker.ts', config: 'electron/vite.worker.config.ts', target: 'main' },
        { entry: 'electron/preload/index.ts', config: 'electron/vite.preload.config.ts', target: 'preload' },
      ],
      renderer: [{ name: 'main_window', config: 'renderer/vite.config.ts' }],
    });
  });
});

describe('the local rpm maker', () => {
  it('builds on Linux with electron-installer-redhat and rpmbuild', () => {
    const maker = new MakerRpm({});
    expect(maker.platforms).toEqual(['linux']);
    expect(maker.requiredExternalBinaries).toEqual(['rpmbuild']);
    expect(maker.isSupportedOnCurrentPlatform()).toBe(true);
  });

  it("uses rpm's architecture names", () => {
    expect(['ia32', 'x64', 'arm64', 'armv7l'].map((arch) => rpmArch(arch as never))).toEqual([
      'i386',
      'x86_64',
      'aarch64',
      'armv7hl',
    ]);
  });
});
