// poll-trend comes from the repository's own build (file:../..), outside this folder: Next is told where
// the repository's root is, so it bundles it as any package.
const root = new URL("../..", import.meta.url).pathname;
export default { outputFileTracingRoot: root, turbopack: { root } };
