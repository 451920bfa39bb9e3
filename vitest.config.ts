import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The chaos storms first: Vitest runs the longest files first once it has timings, but a fresh
 * clone (CI) has none and goes by file size, which would leave the longest file for last and one
 * worker idle at the end.
 */
class ChaosFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = (spec: TestSpecification): number => (spec.moduleId.endsWith('/chaos.test.ts') ? 0 : 1);
    return [...sorted].sort((a, b) => first(a) - first(b));
  }
}

export default defineConfig({
  test: {
    // Vitest's default on two cores is one worker; the browser files mostly wait on the page, so two share the machine well.
    maxWorkers: 2,
    sequence: { sequencer: ChaosFirst },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**'],
          environment: 'node',
          // The unit files share no state worth a fresh module graph each; reusing one worker's
          // modules cuts the unit run from about 70 s to about 25 s on two cores.
          isolate: false,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
