// One learner playing one role-play in the browser. The engine's XState actor is the one source of the
// player's state: the conversation, the phase and the result are all derived from its snapshot, so a
// choice answers at once. The attempt is kept in localStorage and, when signed in, on the server.
import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import { createRoleplayMachine, resultOf, visibleLines } from '$lib/roleplay/play';
import type { Result, Roleplay } from '$lib/roleplay/play';
import { clearLocal, loadLocal, newAttempt, newer, saveLocal, type Attempt } from './attempt';
import { draftSaver, submitAttempt, type Submission } from './sync';
import type { Conversation } from './transcript';

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
	/** a kept attempt made on another version of the file: it cannot be resumed, only restarted */
	outdated = $state.raw<Attempt | null>(null);
	submission = $state.raw<Submission | 'sending' | null>(null);
	/** true when this session picked up an attempt started earlier */
	resumed = $state(false);
	/** the attempt being played: with the step, it seeds the order the answers are shown in */
	attemptId = $state<string | null>(null);

	conversation: Conversation | null;
	result: Result | null;
	phase: Phase;

	/** the actor's latest snapshot, held where Svelte sees it change; null until the dialogue starts */
	#snapshot = $state.raw<SnapshotFrom<RoleplayMachine> | null>(null);
	#actor: Actor<RoleplayMachine> | null = null;
	/** the attempt as last kept: the snapshot's choices, with its id and times */
	#attempt: Attempt | null = null;
	#options: SessionOptions;
	#drafts = draftSaver();

	constructor(roleplay: Roleplay, options: SessionOptions) {
		this.roleplay = roleplay;
		this.#options = options;
		this.signedIn = options.signedIn;
		// Derived in the constructor, where `roleplay` is already set.
		this.conversation = $derived.by(() => {
			const dialogue = this.#snapshot?.context;
			return dialogue ? { turns: dialogue.turns, state: dialogue, lines: visibleLines(roleplay, dialogue) } : null;
		});
		this.phase = $derived(!this.#snapshot ? 'briefing' : this.#snapshot.status === 'done' ? 'debrief' : 'dialogue');
		this.result = $derived(this.#snapshot?.status === 'done' ? resultOf(roleplay, this.#snapshot.context) : null);
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
		if (this.phase === 'dialogue') this.#actor?.send({ type: 'CHOOSE', position });
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

	/**
	 * Starts a fresh actor and lets it take the attempt's choices again. An attempt is kept as its choices
	 * rather than as XState's persisted snapshot because the server checks and scores those same choices,
	 * and because they still say what the learner did when the file changes; a choice the file no longer
	 * offers leaves the actor short, and the attempt cannot be resumed.
	 */
	#run(attempt: Attempt): boolean {
		this.#actor?.stop();
		const actor = createActor(createRoleplayMachine(this.roleplay)).start();
		for (const position of attempt.choices) actor.send({ type: 'CHOOSE', position });
		if (actor.getSnapshot().context.turns.length !== attempt.choices.length) {
			actor.stop();
			return false;
		}
		this.#actor = actor;
		this.#attempt = attempt;
		this.attemptId = attempt.id;
		this.#snapshot = actor.getSnapshot();
		actor.subscribe((snapshot) => this.#record(snapshot));
		this.#keep(attempt);
		if (this.phase === 'debrief') void this.#submit();
		return true;
	}

	#record(snapshot: SnapshotFrom<RoleplayMachine>) {
		if (snapshot.context === this.#snapshot?.context || !this.#attempt) return;
		this.#snapshot = snapshot;
		const attempt: Attempt = {
			...this.#attempt,
			choices: snapshot.context.turns.map((turn) => turn.taken.position),
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once as a string, never observed
			updatedAt: new Date().toISOString()
		};
		this.#attempt = attempt;
		this.#keep(attempt);
		if (this.phase === 'debrief') void this.#submit();
	}

	#keep(attempt: Attempt) {
		saveLocal(attempt);
		if (this.signedIn) this.#drafts.save(attempt);
	}

	async #submit() {
		const attempt = this.#attempt;
		if (!this.signedIn || !attempt || this.submission) return;
		this.submission = 'sending';
		const submission = await submitAttempt(attempt);
		if (this.#attempt?.id === attempt.id) this.submission = submission;
	}
}
