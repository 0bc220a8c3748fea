import { configDefaults, defineConfig } from 'vitest/config';

/** Tests that measure latency under load: they run last, one file at a time, on a quiet machine. */
const timed = ['tests/hardening/load.test.ts', 'tests/hardening/shutdown.test.ts'];
/** Real frontend clients, loaded under the `development` export condition, where they warn. */
const clients = ['tests/clients/**/*.test.ts'];

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS (main) and ESM (module) builds without an exports map: Node picks
    // the CommonJS one for yoga and Pothos, Vite would pick the ESM one for test files, and two
    // copies of graphql refuse each other's schema. Make Vite load the same file Node does.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'akhbar', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, ...timed, ...clients], sequence: { groupOrder: 0 } } },
      { extends: true, resolve: { conditions: ['development'] }, test: { name: 'clients', include: clients, execArgv: ['--conditions=development'], sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'timed', include: timed, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
