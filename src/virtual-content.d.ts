// The module the content plugin (src/lib/content/build-plugin.ts) provides at build time.
declare module 'virtual:peilian/content' {
	const compiled: import('$lib/content/compiled').CompiledContent;
	export default compiled;
}
