// Prints how long compiling and playing a role-play take at 50, 500 and 2,000 steps (run: npm run bench:roleplay).
import { createActor } from 'xstate';
import {
	compileRoleplay,
	createRoleplayMachine,
	initialState,
	choose,
	type PlayState,
	type Roleplay
} from '../../src/lib/roleplay/index.js';
import { analyse } from '../../src/lib/roleplay/analyse.js';
import { generateRoleplay } from './generate.js';

// `--quick`: small sizes only, so the tests can run it and a broken benchmark fails them.
const SIZES = process.argv.includes('--quick') ? [20, 100] : [50, 500, 2000];

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

/**
 * Median CPU milliseconds (user + system) of `fn` over `runs` runs, after one warm-up run. CPU time rather
 * than wall time, so that other work on a shared machine counts less; `prepare` runs outside the timing.
 */
function time<T>(runs: number, fn: (prepared: T) => void, prepare: () => T = () => undefined as T): number {
	fn(prepare());
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const prepared = prepare();
		const start = process.cpuUsage();
		fn(prepared);
		const used = process.cpuUsage(start);
		times.push((used.user + used.system) / 1000);
	}
	return median(times);
}

function sendAll(
	actor: ReturnType<typeof createActor<ReturnType<typeof createRoleplayMachine>>>,
	path: number[]
): void {
	for (const position of path) actor.send({ type: 'CHOOSE', position });
	if (actor.getSnapshot().status !== 'done') throw new Error('actor did not reach the ending');
}

function viaChoose(rp: Roleplay, path: number[]): void {
	let state: PlayState = initialState(rp);
	for (const position of path) state = choose(rp, state, position) as PlayState;
	if (!rp.steps[state.step].end) throw new Error('choose did not reach the ending');
}

/** The floor: the same walk as a plain table lookup, no guards, no history, no copies. */
function baselineTable(rp: Roleplay): Record<string, { target: string; delta: number }[]> {
	return Object.fromEntries(
		rp.stepOrder.map((id) => [
			id,
			rp.steps[id].choices.map((c) => ({
				target: c.target,
				delta: c.effects.reduce((a, e) => a + (e.kind === 'skill' ? e.value : 0), 0)
			}))
		])
	);
}

function viaTable(table: ReturnType<typeof baselineTable>, start: string, path: number[]): number {
	let step = start;
	let total = 0;
	for (const position of path) {
		const c = table[step][position - 1];
		total += c.delta;
		step = c.target;
	}
	return total;
}

const rows: string[][] = [];
let previous: { steps: number; compile: number; choose: number } | null = null;
for (const steps of SIZES) {
	const { source, path } = generateRoleplay(steps);
	let rp: Roleplay | null = null;
	const compileMs = time(steps >= 2000 ? 1 : 3, () => {
		const out = compileRoleplay(`content/roleplays/bench-${steps}.md`, source);
		if (!out.roleplay) throw new Error(out.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n'));
		rp = out.roleplay;
	});
	const compiled = rp as unknown as Roleplay;
	const table = baselineTable(compiled);
	const runs = steps >= 2000 ? 5 : 20;
	let machine = createRoleplayMachine(compiled);
	const machineMs = time(runs, () => {
		machine = createRoleplayMachine(compiled);
	});
	const startMs = time(runs, () => {
		createActor(machine).start();
	});
	const actorMs = time(
		runs,
		(actor) => sendAll(actor, path),
		() => createActor(machine).start()
	);
	const analyseMs = time(steps >= 2000 ? 1 : 3, () => {
		analyse(compiled);
	});
	const chooseMs = time(runs, () => viaChoose(compiled, path));
	const tableMs =
		time(runs, () => {
			for (let i = 0; i < 100; i++) viaTable(table, compiled.start, path);
		}) / 100;
	const per = (ms: number) => (ms * 1000) / path.length;
	rows.push([
		String(steps),
		String(compiled.analysis.stateCount),
		String(path.length),
		compileMs.toFixed(1),
		analyseMs.toFixed(1),
		machineMs.toFixed(1),
		startMs.toFixed(2),
		per(actorMs).toFixed(2),
		per(chooseMs).toFixed(2),
		per(tableMs).toFixed(3),
		(actorMs / tableMs).toFixed(0),
		(chooseMs / tableMs).toFixed(0),
		previous
			? `${(compileMs / previous.compile).toFixed(1)}x compile, ${(per(chooseMs) / previous.choose).toFixed(1)}x per choice for ${(steps / previous.steps).toFixed(0)}x steps`
			: '-'
	]);
	previous = { steps, compile: compileMs, choose: per(chooseMs) };
}

const header = [
	'steps',
	'states',
	'choices',
	'compile+analyse ms',
	'of which analyse',
	'machine ms',
	'actor start ms',
	'actor µs/choice',
	'choose µs/choice',
	'table µs/choice',
	'actor/table',
	'choose/table',
	'growth vs previous size'
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
console.log(line(header));
for (const r of rows) console.log(line(r));
console.log(
	"\nCPU milliseconds (median). choices: the golden path's length. analyse: the state search alone. machine:"
);
console.log(
	'createRoleplayMachine once. actor start: createActor + start. actor: one send per choice. choose: the pure'
);
console.log('runtime. table: a plain object lookup of the same path (no guards, no history).');
