import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/setup/codepages.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/setup/codepages.ts'],
        },
      },
      {
        test: {
          name: 'dom',
          include: ['tests/unit/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['tests/setup/dom.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          // Finds the browser, or installs it on Debian as root, or stops with what to install.
          globalSetup: ['tests/e2e/harness/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // The page answers through the real handlers: wait for what it shows, never assume it is there.
          expect: { poll: { timeout: 15_000, interval: 50 } },
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
