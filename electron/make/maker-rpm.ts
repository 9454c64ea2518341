import path from 'node:path';
import { MakerBase, type MakerOptions } from '@electron-forge/maker-base';
import type { ForgeArch, ForgePlatform } from '@electron-forge/shared-types';

/** What electron-installer-redhat reads from `options` (its README lists them all). */
export interface MakerRpmConfig {
  options?: {
    name?: string;
    productName?: string;
    genericName?: string;
    description?: string;
    productDescription?: string;
    license?: string;
    homepage?: string;
    categories?: string[];
    requires?: string[];
    icon?: string;
    [option: string]: unknown;
  };
}

type RedhatInstaller = (options: Record<string, unknown>) => Promise<{ packagePaths: string[] }>;

/** rpm's names for Node's architectures. */
export function rpmArch(arch: ForgeArch): string {
  switch (arch) {
    case 'ia32':
      return 'i386';
    case 'x64':
      return 'x86_64';
    case 'arm64':
      return 'aarch64';
    case 'armv7l':
      return 'armv7hl';
    default:
      return arch;
  }
}

/**
 * An .rpm maker for Forge 8: @electron-forge/maker-rpm has no 8.x release and its 7.x pulls a
 * git dependency. Like Forge's own makers, it wraps electron-installer-redhat and needs rpmbuild.
 */
export class MakerRpm extends MakerBase<MakerRpmConfig> {
  name = 'rpm';
  defaultPlatforms: ForgePlatform[] = ['linux'];
  override requiredExternalBinaries = ['rpmbuild'];

  override isSupportedOnCurrentPlatform(): boolean {
    return this.isInstalled('electron-installer-redhat');
  }

  override async make({ dir, makeDir, targetArch }: MakerOptions): Promise<string[]> {
    const installer = await loadInstaller();
    const outDir = path.resolve(makeDir, 'rpm', targetArch);
    await this.ensureDirectory(outDir);
    const { packagePaths } = await installer({
      ...this.config.options,
      arch: rpmArch(targetArch),
      src: dir,
      dest: outDir,
      rename: undefined,
    });
    return packagePaths;
  }
}

async function loadInstaller(): Promise<RedhatInstaller> {
  // A variable specifier: the package is optional and has no types.
  const name = 'electron-installer-redhat';
  try {
    const module = (await import(name)) as { default: RedhatInstaller };
    return module.default;
  } catch (cause) {
    throw new Error(`The rpm maker needs ${name}: run \`npm install --save-dev ${name}\` (and install rpmbuild).`, {
      cause,
    });
  }
}
