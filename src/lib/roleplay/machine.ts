// The role-play as an XState v5 machine: the config is plain data compiled from the file, the code lives in setup().
import { assign, setup } from 'xstate';
import { initialState, isOffered, takeTurn, type Turn } from './runtime.js';
import type { PlayState, Roleplay } from './types.js';

export type ChooseEvent = { type: 'CHOOSE'; position: number };

/** The machine's context: where the learner is, and every turn that led there, as the player shows them. */
export interface Dialogue extends PlayState {
	turns: Turn[];
}

interface ChoiceParams {
	position: number;
}

/** One state per step (endings are final states); one guarded CHOOSE transition per choice. */
export function machineConfig(rp: Roleplay) {
	const states = Object.fromEntries(
		rp.stepOrder.map((id) => {
			const step = rp.steps[id];
			if (step.end) return [id, { type: 'final' as const, meta: { outcome: step.end } }];
			const transitions = step.choices.map((c) => ({
				guard: { type: 'offered' as const, params: { position: c.position } },
				target: c.target,
				actions: { type: 'take' as const, params: { position: c.position } }
			}));
			return [id, { on: { CHOOSE: transitions } }];
		})
	);
	const context: Dialogue = { ...initialState(rp), turns: [] };
	return { id: rp.id, initial: rp.start, context, states };
}

export function createRoleplayMachine(rp: Roleplay) {
	return setup({
		types: {
			context: {} as Dialogue,
			events: {} as ChooseEvent
		},
		guards: {
			offered: ({ context, event }, params: ChoiceParams) =>
				event.position === params.position && isOffered(rp, context, params.position)
		},
		actions: {
			take: assign(({ context }, params: ChoiceParams) => {
				// A turn keeps the plain states either side, never earlier turns, so a saved snapshot stays linear.
				const { turns, ...before } = context;
				const turn = takeTurn(rp, before, params.position);
				// The guard has already checked the choice, so an error here cannot happen; keep the state as is.
				return 'error' in turn ? context : { ...turn.after, turns: [...turns, turn] };
			})
		}
	}).createMachine(machineConfig(rp));
}
