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
          // The unit files share no state worth a fresh module graph each: one worker that keeps its
          // modules (and jsdom, which takes 2-3 s to import) runs them in about 25 s and 30 CPU-seconds
          // here. Two workers each import everything again and switch environments more often: 35-40 s
          // and 65-78 CPU-seconds, taken from the browser tests when both run at once.
          isolate: false,
          fileParallelism: false,
          // First, on its own (a project with one worker cannot share a group with one of two).
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          // A worker keeps Playwright, axe and the story compiler loaded from one file to the next
          // (each file's own state is its pages; support.ts shares only the Chromium connection).
          isolate: false,
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
