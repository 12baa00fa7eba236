// The role-play engine: compile trainer markdown, check it, and play it, on the server and in the CLI
// (the browser plays through ./play.ts, which leaves the compiler out).
export { compileRoleplay, versionOf, idFromPath } from './compile.js';
export { MAX_STATES } from './explore.js';
export * from './play.js';
