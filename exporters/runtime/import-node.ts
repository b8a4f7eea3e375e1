/**
 * Loads a Node built-in at run time. The registry and runtime loaders run only
 * in Node (CLI, server, tests), but `exporters` is also bundled into the
 * studio: a specifier the bundler cannot see keeps it from trying to resolve
 * `node:*` modules for the browser.
 */
export function importNode<T>(name: `node:${string}`): Promise<T> {
  return import(/* @vite-ignore */ name) as Promise<T>;
}
