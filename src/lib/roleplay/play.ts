// The engine without its compiler: playing a compiled role-play, which is all the browser needs. The
// player imports from here, so its page never carries the compiler and what it uses (zod, YAML, markdown).
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
export { displayOrder, shownAt } from './shuffle.js';
export type * from './types.js';
