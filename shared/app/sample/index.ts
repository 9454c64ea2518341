export { createSampleHandlers, fillSampleStore } from './sample-handlers';
export { SAMPLE_CATALOG, SAMPLE_PERIOD, sampleObservations } from './sample-dataset';
