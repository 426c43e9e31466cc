// electron-builder configuration for `npm run dist`: installers for Linux, Windows and macOS
// with the bundled catalogue inside. `build/release/check-release.ts` runs first and
// refuses to continue without a bundled catalogue, trusted feed keys and an https feed
// address, so no installer can ship that is unable to update itself.

/** @type {import('electron-builder').Configuration} */
const config = {
  appId: 'eu.clusterscord.metacluster-catalogue',
  productName: 'Meta-Cluster Catalogue',
  executableName: 'metacluster-catalogue',
  copyright: 'Meta-Cluster Catalogue contributors',
  directories: { output: 'release', buildResources: 'build/resources' },
  // The main process and preload are bundled by esbuild into out/electron, the renderer by
  // Vite into renderer/dist; node_modules adds only the production dependencies. The data
  // files the modules read at run time keep their repository paths inside the asar:
  // migrations, the taxonomy, and config/ (the feed address and trusted keys, checked by
  // build/release/check-release.ts before packaging).
  files: [
    'out/electron/**',
    'renderer/dist/**',
    'db/migrations/*.sql',
    'catalogue/taxonomy/*.json',
    'config/**',
    'package.json',
    '!**/*.map',
  ],
  extraResources: [{ from: 'dist/catalogue.sqlite', to: 'catalogue.sqlite' }],
  asar: true,
  // better-sqlite3 is a native module: it is loaded from outside the asar, and rebuilt for
  // Electron's ABI by electron-builder during `npm run dist` (never in postinstall).
  asarUnpack: ['node_modules/better-sqlite3/**', 'node_modules/bindings/**'],
  npmRebuild: true,
  buildDependenciesFromSource: false,
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    enableCookieEncryption: true,
    grantFileProtocolExtraPrivileges: false,
    loadBrowserProcessSpecificV8Snapshot: false,
  },
  icon: 'build/resources/icon.png',
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    synopsis: 'Offline directory of the meta-cluster network',
    maintainer: 'Meta-Cluster Catalogue <catalogue@clusterscord.eu>',
  },
  deb: { depends: ['libnss3', 'libgtk-3-0', 'libxss1', 'libasound2'] },
  win: { target: ['nsis', 'portable'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  portable: { artifactName: '${productName}-${version}-portable.${ext}' },
  mac: {
    target: [{ target: 'dmg', arch: ['universal'] }],
    category: 'public.app-category.business',
    hardenedRuntime: true,
  },
  publish: null,
};

export default config;
