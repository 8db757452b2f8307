// libheif-js ships no types for its bundled ES module; this is the part used here.
declare module 'libheif-js/libheif-wasm/libheif-bundle.mjs' {
  const createLibheif: () => unknown
  export default createLibheif
}
