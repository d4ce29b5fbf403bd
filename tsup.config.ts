import { defineConfig } from 'tsup'

/** One entry per public module: the root, and one subpath per catalog and per concept. */
export const entries = {
  index: 'src/index.ts',
  functional: 'src/codes/functional/index.ts',
  economic: 'src/codes/economic/index.ts',
  money: 'src/money/index.ts',
  model: 'src/model/index.ts',
  tables: 'src/tables/index.ts',
  reconcile: 'src/reconcile/index.ts',
  glossary: 'src/glossary/index.ts',
  samples: 'src/samples/index.ts',
  xlsx: 'src/tables/xlsx/index.ts',
  read: 'src/read/index.ts',
} as const

export default defineConfig([
  {
    entry: entries,
    format: ['esm', 'cjs'],
    dts: { compilerOptions: { types: [] } },
    tsconfig: 'tsconfig.build.json',
    splitting: true,
    treeshake: true,
    sourcemap: false,
    clean: false, // `npm run build` empties dist first: two configs cleaning in parallel would race
    target: 'node20',
    outDir: 'dist',
    // exceljs and pdfjs-dist are optional peer dependencies, loaded only by the ./xlsx and ./read entries
    external: ['exceljs', 'pdfjs-dist'],
    // import.meta.url in the CJS build (the ./read entry resolves pdfjs-dist through createRequire)
    shims: true,
  },
  // the `medbudget` bin (cli.js, a small entry with a shebang that starts the worker threads first
  // and then loads the command it runs) and the script of its worker threads (cli-worker.js: the
  // reader and reconciliation only); code they share goes into chunks loaded on demand
  {
    entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    dts: false,
    tsconfig: 'tsconfig.build.json',
    splitting: true,
    treeshake: true,
    // every thread compiles what it loads at start-up: minified, it compiles faster (measured in
    // docs/benchmarks.md, "CLI batch")
    minify: true,
    sourcemap: false,
    clean: false,
    target: 'node20',
    outDir: 'dist',
    // the chunks sit beside cli-worker.js: src/cli/workers.ts finds the worker script next to itself
    external: ['exceljs', 'pdfjs-dist'],
  },
])
