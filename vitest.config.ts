import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          include: ['src/server/**/*.test.ts', 'test/**/*.test.ts'],
          // Each file opens its own database and builds its own app, and none mocks a module:
          // re-importing the whole server for every file cost more than the tests themselves.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'web and shared',
          include: ['src/web/**/*.test.ts', 'src/shared/**/*.test.ts'],
        },
      },
    ],
  },
});
