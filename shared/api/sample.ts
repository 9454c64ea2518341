import { z } from 'zod';

export const sampleSchemas = {
  /** Whether the sample data is open, and whether to offer it (the user's own data is empty). */
  getSampleStatus: z.object({}).strict(),
  /** Switches the app to the sample's own data folder (filled on first use); the user's data is untouched. */
  openSampleData: z.object({}).strict(),
  /** Back to the user's own data. */
  leaveSampleData: z.object({}).strict(),
};

export interface SampleStatus {
  /** The app is showing the sample data, from its own folder. */
  active: boolean;
  /** Not in the sample, the user's data is empty, and this app can switch: offer "Open the sample data". */
  offered: boolean;
}

export interface SampleResults {
  getSampleStatus: SampleStatus;
  openSampleData: { switching: true };
  leaveSampleData: { switching: true };
}
