/// <reference types="vite/client" />

/** A script built on its own (as one classic script) and given as its code (vite.first-paint.config.ts). */
declare module "*?inline-script" {
  const code: string;
  export default code;
}
