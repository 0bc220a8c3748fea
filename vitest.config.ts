import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS (main) and ESM (module) builds without an exports map: Node picks
    // the CommonJS one for yoga and Pothos, Vite would pick the ESM one for test files, and two
    // copies of graphql refuse each other's schema. Make Vite load the same file Node does.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
