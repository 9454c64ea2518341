import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Where code may run is named by its folder, and these rules hold each folder to it
 * (as VS Code and Signal Desktop do): shared/ is pure, xlsx lives in shared/workbook,
 * electron only in electron/main and electron/preload, the store library only in electron/store,
 * the PostgreSQL driver only in electron/store-pg.
 */
const NODE_BUILTINS = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'url',
  'util',
  'stream',
  'worker_threads',
  'zlib',
  'buffer',
];

const pattern = (group, message) => ({ group, message });
const XLSX = pattern(['xlsx', 'xlsx/*'], 'xlsx is imported only in shared/workbook/.');
const ELECTRON = pattern(
  ['electron', 'electron/*'],
  'electron is imported only in electron/main and electron/preload.',
);
const STORE_LIBS = pattern(['electron-store', 'conf'], 'the store library is imported only in electron/store/.');
const PG = pattern(['pg', 'pg/*', 'pg-*'], 'the PostgreSQL driver is imported only in electron/store-pg/.');
const NODE = pattern(NODE_BUILTINS, 'shared/ and renderer/ run everywhere: no Node built-ins.');
const REACT = pattern(
  ['react', 'react-dom', 'react-dom/*', 'react-*', 'i18next', 'echarts', 'echarts/*'],
  'shared/ knows nothing of the UI.',
);
const UP_TO_ELECTRON = pattern(
  ['**/electron/**', '../electron', '../../electron'],
  'shared/ and renderer/ never import from electron/.',
);
const UP_TO_RENDERER = pattern(['**/renderer/**'], 'only the renderer imports the renderer.');
const APP_CORE = pattern(
  ['**/shared/app/**', '**/shared/app', '**/shared/workbook/**', '**/shared/workbook'],
  'the renderer reaches use cases through window.api only.',
);

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

/**
 * The layers inside shared/, lowest first: a folder imports only from the folders before it.
 * Folders on one line (workbook, brief) sit side by side and do not import each other.
 */
const SHARED_LAYERS = [['model'], ['parse'], ['metrics'], ['workbook', 'brief'], ['api'], ['app']];
const above = (folder) => {
  const level = SHARED_LAYERS.findIndex((layer) => layer.includes(folder));
  const higher = SHARED_LAYERS.slice(level)
    .flat()
    .filter((name) => name !== folder);
  if (higher.length === 0) return null;
  return pattern(
    higher.flatMap((name) => [`**/${name}`, `**/${name}/**`, `../${name}`, `../../${name}`]),
    `shared/${folder} sits below ${higher.join(', ')}: layers are model ← parse ← metrics ← workbook / brief ← api ← app.`,
  );
};
const SHARED_BASE = [XLSX, ELECTRON, STORE_LIBS, PG, NODE, REACT, UP_TO_ELECTRON, UP_TO_RENDERER];
const sharedLayer = (folder) => ({
  files: [`shared/${folder}/**/*.ts`],
  rules: restrict(
    ...SHARED_BASE.filter((rule) => folder !== 'workbook' || rule !== XLSX),
    ...[above(folder)].filter(Boolean),
  ),
});

export default tseslint.config(
  { ignores: ['node_modules/', '.vite/', 'out/', 'dist/', '.tsbuild/', 'test-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-globals': ['error', 'event'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(...SHARED_BASE),
  },
  ...SHARED_LAYERS.flat().map(sharedLayer),
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(XLSX, ELECTRON, STORE_LIBS, PG, NODE, UP_TO_ELECTRON, APP_CORE),
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**', 'electron/store/**', 'electron/store-pg/**'],
    languageOptions: { globals: globals.node },
    rules: restrict(XLSX, ELECTRON, STORE_LIBS, PG, UP_TO_RENDERER),
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict(XLSX, STORE_LIBS, PG, UP_TO_RENDERER),
  },
  {
    files: ['electron/store/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict(XLSX, ELECTRON, PG, UP_TO_RENDERER),
  },
  {
    files: ['electron/store-pg/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict(XLSX, ELECTRON, STORE_LIBS, UP_TO_RENDERER),
  },
  {
    files: ['tests/**/*.{ts,tsx}', '*.config.{ts,js}', 'forge.config.ts', '**/vite.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
