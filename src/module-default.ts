/**
 * A module's default export, however the module reached us. The same import
 * arrives in three shapes: run from source (vitest, tsc) an ES module's
 * namespace has it as `default`; in build/mandates.cjs, where the package
 * stays external, esbuild turns the import into `__toESM(require(…), 1)`,
 * whose `default` is whatever require() returned, and for an ES module that
 * is Node's namespace object again, with the value one `default` further
 * down; in the standalone executable, bundled whole, it is one level again.
 * CommonJS packages (iconv-lite) give their module.exports as `default` in
 * all three. So walk down `default` until `is` accepts the value, and fail
 * loudly otherwise: a silently wrong shape once left search's 繁→简 table
 * empty in the build only.
 */
export function defaultExport<T>(imported: unknown, is: (value: unknown) => value is T, what: string): T {
  let value = imported;
  for (let depth = 0; depth < 4; depth++) {
    if (is(value)) return value;
    if (value === null || (typeof value !== 'object' && typeof value !== 'function') || !('default' in value)) break;
    value = (value as { default: unknown }).default;
  }
  throw new Error(`${what}: its default export has an unexpected shape (a build or packaging problem)`);
}
