import { describe, expect, it } from 'vitest';
import {
  createSampleSwitch,
  relaunchArguments,
  sampleDataDirectory,
  SAMPLE_ARGUMENT,
} from '../../../../electron/main/sample-switch';

describe('switching to the sample data and back', () => {
  it('keeps the sample in its own folder beside the user’s', () => {
    expect(sampleDataDirectory('/home/u/.config/Zone Stats/dataset')).toBe('/home/u/.config/Zone Stats/dataset-sample');
  });

  it('relaunches with the sample argument, or without it, keeping the others', () => {
    expect(relaunchArguments(['/app/zone-stats', '--lang=zh'], true)).toEqual(['--lang=zh', SAMPLE_ARGUMENT]);
    expect(relaunchArguments(['/app/zone-stats', SAMPLE_ARGUMENT, '--lang=zh'], false)).toEqual(['--lang=zh']);
  });

  it('closes the store before relaunching, and does nothing when already there', async () => {
    const steps: string[] = [];
    const glue = {
      close: async () => void steps.push('close'),
      relaunch: (args: string[]) => void steps.push(`relaunch ${args.join(' ')}`),
      exit: () => void steps.push('exit'),
    };
    const user = createSampleSwitch({ ...glue, argv: ['/app/zone-stats'] });
    expect(user.active).toBe(false);
    await user.switchTo(false);
    expect(steps).toEqual([]);
    await user.switchTo(true);
    expect(steps).toEqual(['close', `relaunch ${SAMPLE_ARGUMENT}`, 'exit']);
    expect(createSampleSwitch({ ...glue, argv: ['/app/zone-stats', SAMPLE_ARGUMENT] }).active).toBe(true);
  });
});
