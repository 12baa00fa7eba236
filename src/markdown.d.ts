// A markdown file imported from code (the manager's guide) is a Svelte component, compiled by mdsvex.
declare module '*.md' {
	import type { Component } from 'svelte';
	const component: Component;
	export default component;
}
