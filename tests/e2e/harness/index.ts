export { launchApp, type AppUnderTest, type LaunchOptions } from './launch-app';
export { ShellDouble } from './shell-double';
export { RENDERER_BUILD, SCREENSHOT_DIR } from './paths';
