// One script builds the three bundles: the VS Code client, the language server and the CLI.
// `--production` minifies (for the .vsix); otherwise bundles carry source maps.
import { build } from 'esbuild'

const production = process.argv.includes('--production')

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // esbuild rewrites every regular expression with `\p{…}` outside a class into
  // `new RegExp(…)` (its tables track each Unicode version), which builds a RegExp object at
  // every call in a function. Node 20 supports them: keep them literals.
  supported: { 'regexp-unicode-property-escapes': true },
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
}

await Promise.all([
  build({
    ...common,
    entryPoints: ['client/src/extension.ts'],
    outfile: 'dist/client.js',
    external: ['vscode'],
  }),
  build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' }),
  build({
    ...common,
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  }),
])
