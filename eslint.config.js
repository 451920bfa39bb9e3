// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-bench/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // The model never touches the view: nothing under src/ but the composition root imports Phaser or the scenes.
    files: ['src/**/*.ts'],
    ignores: ['src/main.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'phaser', message: 'Only src/main.ts and scenes/ may use Phaser: keep src/ free of the view.' }],
          patterns: [
            { group: ['phaser/*'], message: 'Only src/main.ts and scenes/ may use Phaser: keep src/ free of the view.' },
            { group: ['**/scenes/**', '../scenes', '../../scenes'], message: 'src/ must not depend on the view layer (scenes/).' },
            { group: ['**/story/directives/index.ts'], message: 'Outside the compiler, use story/directives/play.ts: index.ts brings the parsers into the browser bundle.' },
          ],
        },
      ],
    },
  },
  {
    // Phaser's types declare a global namespace; the ESM build does not, so a forgotten import only fails at runtime.
    // The stage draws what it is fed: it never reaches for adapters (sound, storage, announcements) or the HTML screens.
    files: ['scenes/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'Phaser', message: "import Phaser from 'phaser'" }],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/src/audio/*', '**/src/storage/*', '**/src/a11y/*', '**/src/session/*', '**/src/app/*', '**/src/progress/*'], message: 'The stage must not use adapters: take what it needs through GameDeps.' },
            { group: ['**/src/ui/*', '**/src/ui/**'], allowTypeImports: true, message: 'The stage may know the screens\' types, not their code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['assets/**/*.mjs', 'scripts/**/*.mjs', '*.config.*', 'tests/**/*.ts'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
  },
);
