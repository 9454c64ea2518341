export { createBriefHandlers } from './brief-handlers';
