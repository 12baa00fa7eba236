import adapter from '@sveltejs/adapter-node';
import { mdsvex } from 'mdsvex';
import { contentComponents, rehypeHeadingIds } from './src/lib/content/markdown.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [
		// Smart quotes would turn `{tags.join(', ')}` inside markdown into curly quotes and break the build.
		mdsvex({ extensions: ['.md'], smartypants: { quotes: false }, rehypePlugins: [rehypeHeadingIds] }),
		contentComponents()
	],
	kit: {
		// PEILIAN_OUT lets two builds (a test run and a benchmark, say) run side by side without sharing files;
		// such a build finds its packages through bin/project-packages.js, which whatever starts it imports.
		adapter: adapter({ out: process.env.PEILIAN_OUT ? `${process.env.PEILIAN_OUT}/build` : 'build' }),
		outDir: process.env.PEILIAN_OUT ? `${process.env.PEILIAN_OUT}/.svelte-kit` : '.svelte-kit',
		// Scripts only from this site (SvelteKit adds nonces or hashes for its own inline scripts).
		// Inline styles stay allowed: components set widths and colours through style attributes.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
