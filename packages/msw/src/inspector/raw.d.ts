// The inspector page's files are bundled as text: `?raw` in Vite (tests), an esbuild
// plugin in the package build (tsup.config.ts).
declare module '*?raw' {
  const text: string
  export default text
}
