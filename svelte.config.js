import adapter from '@sveltejs/adapter-node';
import { mdsvex } from 'mdsvex';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [
		// Smart quotes would turn `{tags.join(', ')}` inside markdown into curly quotes and break the build.
		mdsvex({ extensions: ['.md'], smartypants: { quotes: false } })
	],
	kit: {
		// PEILIAN_OUT lets two builds (a test run and a benchmark, say) run side by side without sharing files.
		adapter: adapter({ out: process.env.PEILIAN_OUT ? `${process.env.PEILIAN_OUT}/build` : 'build' }),
		outDir: process.env.PEILIAN_OUT ? `${process.env.PEILIAN_OUT}/.svelte-kit` : '.svelte-kit'
	}
};

export default config;
