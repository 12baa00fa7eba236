import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { compiled } from './fixtures/build.js';
import { GOLDEN_PATH } from './fixtures/price-objection.js';
import { createRoleplayMachine, machineConfig } from './machine.js';
import { replay, resultOf } from './runtime.js';

const rp = compiled(
	readFileSync(new URL('./fixtures/price-objection.md', import.meta.url), 'utf8'),
	'content/roleplays/price-objection.md'
);

describe('the XState machine', () => {
	it('is compiled from plain data: the config survives a JSON round trip', () => {
		const config = machineConfig(rp);
		expect(JSON.parse(JSON.stringify(config))).toEqual(config);
		expect(config.initial).toBe('start');
		expect(config.states.won).toEqual({ type: 'final', meta: { outcome: 'won' } });
	});

	it('a real actor plays the golden path to a final state with the same result as replay', () => {
		const actor = createActor(createRoleplayMachine(rp)).start();
		expect(actor.getSnapshot().value).toBe('start');
		for (const position of GOLDEN_PATH) actor.send({ type: 'CHOOSE', position });
		const snapshot = actor.getSnapshot();
		expect(snapshot.value).toBe('won');
		expect(snapshot.status).toBe('done');
		const replayed = replay(rp, GOLDEN_PATH);
		expect(replayed.ok && resultOf(rp, snapshot.context)).toEqual(replayed.ok && replayed.result);
	});

	it('ignores a choice that is not offered: a false guard, one taken before, one out of range', () => {
		const actor = createActor(createRoleplayMachine(rp)).start();
		actor.send({ type: 'CHOOSE', position: 1 });
		const before = actor.getSnapshot().context;
		actor.send({ type: 'CHOOSE', position: 3 }); // needs trust >= 2
		actor.send({ type: 'CHOOSE', position: 7 });
		expect(actor.getSnapshot().value).toBe('demo');
		expect(actor.getSnapshot().context).toBe(before);
		actor.send({ type: 'CHOOSE', position: 2 }); // back to the hub
		actor.send({ type: 'CHOOSE', position: 2 }); // taken: ignored
		expect(actor.getSnapshot().context.path).toEqual(['start', 'demo', 'demo']);
	});

	it('saves mid-dialogue with getPersistedSnapshot and resumes in a new actor from JSON', () => {
		const first = createActor(createRoleplayMachine(rp)).start();
		first.send({ type: 'CHOOSE', position: 1 });
		first.send({ type: 'CHOOSE', position: 1 });
		const saved = JSON.parse(JSON.stringify(first.getPersistedSnapshot()));
		first.stop();

		const resumed = createActor(createRoleplayMachine(rp), { snapshot: saved }).start();
		expect(resumed.getSnapshot().value).toBe('habits');
		expect(resumed.getSnapshot().context.vars).toEqual({ trust: 2 });
		for (const position of [1, 2, 3, 1]) resumed.send({ type: 'CHOOSE', position });
		expect(resumed.getSnapshot().status).toBe('done');
		expect(resultOf(rp, resumed.getSnapshot().context)).toMatchObject({ total: 9, percent: 100, passed: true });
	});
});
