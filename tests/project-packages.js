// `node --import ./tests/project-packages.js <PEILIAN_OUT>/build`: a build written outside the project
// resolves its packages (kept external by adapter-node) from the project's node_modules. NODE_PATH would
// not do, Node's ESM loader ignores it, and bundling cannot take better-sqlite3's native binding along;
// so instead of a symlink written as a side effect of every build, the harness that runs such a build
// asks for this resolve hook.
import { isMainThread } from 'node:worker_threads';
import { register } from 'node:module';

const project = new URL('../package.json', import.meta.url).href;

if (isMainThread) register(import.meta.url);

/** Resolves as usual; a bare package name that is not found beside the build is looked up in the project. */
export async function resolve(specifier, context, nextResolve) {
	try {
		return await nextResolve(specifier, context);
	} catch (error) {
		const bare = !/^(?:[./]|[a-z][a-z0-9+.-]*:)/i.test(specifier);
		if (!bare || error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
		return nextResolve(specifier, { ...context, parentURL: project });
	}
}
