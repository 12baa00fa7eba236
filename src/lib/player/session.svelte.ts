// One learner playing one role-play in the browser: the engine's XState machine runs here, so a choice
// answers at once; the attempt is kept in localStorage and, when signed in, on the server.
import { createActor, type Actor } from 'xstate';
import { createRoleplayMachine, resultOf } from '$lib/roleplay';
import type { Outcome, PlayState, Result, Roleplay } from '$lib/roleplay';
import { clearLocal, loadLocal, newAttempt, newer, saveLocal, type Attempt } from './attempt';
import { draftSaver, submitAttempt, type Submission } from './sync';
import { walk, type Conversation } from './transcript';

type RoleplayMachine = ReturnType<typeof createRoleplayMachine>;

export type Phase = 'briefing' | 'dialogue' | 'debrief';

export interface SessionOptions {
	/** signed in: drafts and the final submission also go to the server */
	signedIn: boolean;
	/** the server's draft for this learner, loaded with the page, so another device can resume */
	serverDraft: Attempt | null;
}

export class PlayerSession {
	readonly roleplay: Roleplay;
	readonly signedIn: boolean;
	state = $state.raw<PlayState | null>(null);
	attempt = $state.raw<Attempt | null>(null);
	/** a kept attempt made on another version of the file: it cannot be resumed, only restarted */
	outdated = $state.raw<Attempt | null>(null);
	submission = $state.raw<Submission | 'sending' | null>(null);
	/** true when this session picked up an attempt started earlier */
	resumed = $state(false);

	conversation: Conversation | null;
	ending: Outcome | undefined;
	result: Result | null;
	phase: Phase;

	#actor: Actor<RoleplayMachine> | null = null;
	#options: SessionOptions;
	#drafts = draftSaver();

	constructor(roleplay: Roleplay, options: SessionOptions) {
		this.roleplay = roleplay;
		this.#options = options;
		this.signedIn = options.signedIn;
		// Derived in the constructor, where `roleplay` is already set.
		this.conversation = $derived.by(() => {
			if (!this.state) return null;
			const walked = walk(
				roleplay,
				this.state.history.map((taken) => taken.position)
			);
			return walked.ok ? walked : null;
		});
		this.ending = $derived(this.state ? roleplay.steps[this.state.step].end : undefined);
		this.result = $derived(this.ending && this.state ? resultOf(roleplay, this.state) : null);
		this.phase = $derived(!this.state ? 'briefing' : this.ending ? 'debrief' : 'dialogue');
	}

	/** Picks up a kept attempt, if any; call once in the browser. */
	resume() {
		const kept = newer(loadLocal(this.roleplay.id), this.#options.serverDraft);
		if (!kept) return;
		if (kept.version !== this.roleplay.version) {
			this.outdated = kept;
			return;
		}
		if (this.#run(kept)) this.resumed = true;
		else this.outdated = kept;
	}

	start() {
		this.outdated = null;
		this.resumed = false;
		this.#run(newAttempt(this.roleplay.id, this.roleplay.version));
	}

	/** `position` is the choice's 1-based place in the file, as the engine numbers it. */
	choose(position: number) {
		if (!this.#actor || !this.attempt || this.phase !== 'dialogue') return;
		this.#actor.send({ type: 'CHOOSE', position });
	}

	/** Starts over: drops the kept attempt here and, by overwriting it, on the server. */
	restart() {
		clearLocal(this.roleplay.id);
		this.submission = null;
		this.start();
	}

	/** After a refused or lost submission, on the learner's request. */
	retrySubmit() {
		if (this.submission && this.submission !== 'sending' && !this.submission.ok) {
			this.submission = null;
			void this.#submit();
		}
	}

	stop() {
		this.#actor?.stop();
		this.#drafts.flush();
	}

	#run(attempt: Attempt): boolean {
		this.#actor?.stop();
		const actor = createActor(createRoleplayMachine(this.roleplay));
		actor.start();
		for (const position of attempt.choices) actor.send({ type: 'CHOOSE', position });
		if (stateOf(actor).history.length !== attempt.choices.length) {
			actor.stop();
			return false;
		}
		this.#actor = actor;
		this.attempt = attempt;
		this.state = stateOf(actor);
		actor.subscribe(() => this.#record(stateOf(actor)));
		this.#keep(attempt);
		if (this.ending) void this.#submit();
		return true;
	}

	#record(state: PlayState) {
		if (state === this.state || !this.attempt) return;
		this.state = state;
		const attempt: Attempt = {
			...this.attempt,
			choices: state.history.map((taken) => taken.position),
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once as a string, never observed
			updatedAt: new Date().toISOString()
		};
		this.attempt = attempt;
		this.#keep(attempt);
		if (this.ending) void this.#submit();
	}

	#keep(attempt: Attempt) {
		saveLocal(attempt);
		if (this.signedIn) this.#drafts.save(attempt);
	}

	async #submit() {
		const attempt = this.attempt;
		if (!this.signedIn || !attempt || this.submission) return;
		this.submission = 'sending';
		const submission = await submitAttempt(attempt);
		if (this.attempt?.id === attempt.id) this.submission = submission;
	}
}

function stateOf(actor: Actor<RoleplayMachine>): PlayState {
	return actor.getSnapshot().context as PlayState;
}
