// The module the browser build generates (.ci/build/buildBrowser.ts): each bundled asset's bytes
// as base64, by file name under dist/assets/.
declare module 'virtual:ehr-deid-assets' {
  export const inlinedAssets: Readonly<Record<string, string | undefined>>;
}
