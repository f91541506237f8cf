import { describe, expect, it } from 'vitest';
import { prefetchFiles } from './prefetchPlugin';

const chunk = (fileName: string, over: Record<string, unknown> = {}) => ({
  type: 'chunk' as const,
  fileName,
  facadeModuleId: null,
  isEntry: false,
  imports: [] as string[],
  ...over,
});

describe('the prefetch list', () => {
  const bundle = {
    'assets/index.js': chunk('assets/index.js', {
      isEntry: true,
      facadeModuleId: '/r/index.html',
      imports: ['assets/react.js'],
    }),
    'assets/react.js': chunk('assets/react.js'),
    'assets/Editor.js': chunk('assets/Editor.js', {
      facadeModuleId: '/r/src/ui/script/Editor.tsx',
      imports: ['assets/react.js', 'assets/monaco.js'],
      viteMetadata: { importedCss: new Set(['assets/Editor.css']) },
    }),
    'assets/monaco.js': chunk('assets/monaco.js'),
    'assets/shared.js': chunk('assets/shared.js', {
      moduleIds: ['/r/src/core/layout/arrange.ts', '/r/src/other.ts'],
    }),
    'assets/sandbox.worker-AbCd1234.js': {
      type: 'asset' as const,
      fileName: 'assets/sandbox.worker-AbCd1234.js',
    },
    'assets/quickjs-AbCd1234.wasm': {
      type: 'asset' as const,
      fileName: 'assets/quickjs-AbCd1234.wasm',
    },
    'assets/logo.svg': { type: 'asset' as const, fileName: 'assets/logo.svg' },
  };

  it('lists each feature’s chunk with what it imports, less what the entry page loads, and the workers', () => {
    expect(
      prefetchFiles(bundle, ['src/ui/script/Editor.tsx', 'src/core/layout/arrange.ts']),
    ).toEqual([
      'assets/Editor.js',
      'assets/Editor.css',
      'assets/monaco.js',
      'assets/shared.js',
      'assets/sandbox.worker-AbCd1234.js',
      'assets/quickjs-AbCd1234.wasm',
    ]);
  });

  it('fails the build when a feature has no chunk (a renamed module)', () => {
    expect(() => prefetchFiles(bundle, ['src/ui/Gone.tsx'])).toThrow(
      /no chunk for src\/ui\/Gone\.tsx/,
    );
  });
});
