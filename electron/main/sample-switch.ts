import type { SampleSwitch } from '../../shared/app';

/** The argument the app is relaunched with to open the sample's folder instead of the user's. */
export const SAMPLE_ARGUMENT = '--sample-data';

/** The sample's own folder, beside the user's data and never inside it. */
export function sampleDataDirectory(dataDirectory: string): string {
  return `${dataDirectory}-sample`;
}

export function isSampleLaunch(argv: readonly string[]): boolean {
  return argv.includes(SAMPLE_ARGUMENT);
}

/** The arguments of the relaunch (argv without the executable), with or without the sample's. */
export function relaunchArguments(argv: readonly string[], sample: boolean): string[] {
  const rest = argv.slice(1).filter((argument) => argument !== SAMPLE_ARGUMENT);
  return sample ? [...rest, SAMPLE_ARGUMENT] : rest;
}

interface SwitchGlue {
  argv: readonly string[];
  /** Flushes and closes the store before the process goes. */
  close(): Promise<void>;
  relaunch(args: string[]): void;
  exit(): void;
}

/** Switching reopens the app on the other folder: the handlers stay bound to one store for their life. */
export function createSampleSwitch(glue: SwitchGlue): SampleSwitch {
  const active = isSampleLaunch(glue.argv);
  return {
    active,
    async switchTo(sample) {
      if (sample === active) return;
      await glue.close();
      glue.relaunch(relaunchArguments(glue.argv, sample));
      glue.exit();
    },
  };
}
