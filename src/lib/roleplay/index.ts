// The role-play engine: compile trainer markdown, check it, and play it, in the browser, on the server and in the CLI.
export { compileRoleplay, versionOf, idFromPath } from './compile.js';
export { MAX_STATES } from './explore.js';
export {
	initialState,
	offeredChoices,
	isOffered,
	visibleLines,
	choose,
	resultOf,
	replay,
	walk,
	bestChoiceAt,
	percentOf,
	type ReplayOutcome,
	type Turn,
	type Walk
} from './runtime.js';
export { createRoleplayMachine, machineConfig, type ChooseEvent, type Dialogue } from './machine.js';
export { describeEffect } from './directives.js';
export type * from './types.js';
