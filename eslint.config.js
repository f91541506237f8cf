import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// src/core is framework-free: no React, React Flow, zustand, Monaco, idb or DOM globals.
const coreWall = {
  files: ['src/core/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
            message: 'src/core must not use React',
          },
          {
            group: ['@xyflow/*', 'zustand', 'zustand/*'],
            message: 'src/core must not use UI libraries',
          },
          {
            group: ['monaco-editor', 'monaco-editor/*', 'idb'],
            message: 'src/core must stay pure',
          },
          {
            group: ['**/ui/**', '../ui/*', '../../ui/*'],
            message: 'src/core must not import src/ui',
          },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      'window',
      'document',
      'localStorage',
      'sessionStorage',
      'indexedDB',
      'navigator',
      'location',
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'public',
      'test-results',
      'playwright-report',
      'bench-results',
      // CPI scripts as users write them (Rhino globals, some fail on purpose): compared, not linted.
      'scripts/conformance/corpus',
      'src/core/script/prelude/shims.generated.ts',
      'src/core/groovy/grammar/*.generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  coreWall,
);
