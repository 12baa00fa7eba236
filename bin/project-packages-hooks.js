// The resolve hook bin/project-packages.js registers (Node runs it on its own loader thread).
const project = new URL('../package.json', import.meta.url).href;

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
