// Every route, endpoint and form action found in src/routes, requested as each kind of visitor: the
// status must be the one access-expectations.ts gives, and no page shown shows a learner the visitor
// may not see (by id, or by a name the public version of the page does not contain).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectations, type Expectation } from './access-expectations';
import { scratchDatabase, type ScratchDatabase } from './harness/databases';
import { loadDemo, visibleLearners, visitors, type Demo, type Visitor } from './harness/demo';
import { enumerateRoutes, type Entry } from './harness/routes';
import { startApp, type AppServer } from './harness/server';

const entries = enumerateRoutes();

function pathOf(entry: Entry, demo: Demo): string {
	const attemptRoute = /attempts\/\[id\]/.test(entry.routeId);
	const values: Record<string, string> = {
		id: attemptRoute ? demo.learnerAttempt : 'price-too-high',
		roleplay: 'price-too-high',
		learner: demo.people.learner.id,
		person: demo.people.admin.id,
		slug: 'kitchen-showroom',
		course: demo.course,
		module: demo.module,
		token: 'no-such-invite-token'
	};
	const path = entry.routeId.replace(/\[(\w+)\]/g, (_, name: string) => {
		if (!(name in values))
			throw new Error(`No test value for [${name}] in ${entry.routeId}: add one in access.test.ts`);
		return values[name];
	});
	return entry.action && entry.action !== 'default' ? `${path}?/${entry.action}` : path;
}

describe('access matrix', () => {
	let database: ScratchDatabase;
	let app: AppServer;
	let demo: Demo;
	beforeAll(async () => {
		database = await scratchDatabase('sqlite');
		app = await startApp(4640, database);
		demo = await loadDemo(database.open().db);
	});
	afterAll(async () => {
		await app?.stop();
		await database?.drop();
	});

	it('every route in src/routes has an expected status for every visitor, and no expectation is stale', () => {
		const found = new Set(entries.map((e) => e.key));
		expect(
			entries
				.filter((e) => !expectations[e.key])
				.map((e) => `${e.key}: add its row to tests/reliability/access-expectations.ts`)
		).toEqual([]);
		expect(Object.keys(expectations).filter((key) => !found.has(key))).toEqual([]);
	});

	it('each visitor gets the expected status everywhere and sees no one they may not', async () => {
		const mismatches: string[] = [];
		const leaks: string[] = [];
		const request = async (entry: Entry, expectation: Expectation, visitor: Visitor, cookie: string | undefined) => {
			const headers: Record<string, string> = { origin: app.origin };
			if (cookie) headers.cookie = cookie;
			let body: string | undefined;
			if (expectation.json !== undefined) {
				headers['content-type'] = 'application/json';
				body = JSON.stringify(expectation.json);
			} else if (entry.method !== 'GET') {
				headers['content-type'] = 'application/x-www-form-urlencoded';
				// As a browser without JavaScript posts a form: the answer is the page, with the action's status.
				headers.accept = 'text/html';
				body = new URLSearchParams(expectation.form?.(demo) ?? {}).toString();
			}
			const response = await fetch(app.origin + pathOf(entry, demo), {
				method: entry.method,
				headers,
				body,
				redirect: 'manual'
			});
			return { status: response.status, text: await response.text() };
		};
		const anonymousView = new Map<string, string>();
		const check = async (entry: Entry, visitor: Visitor, cookie: string | undefined) => {
			const expectation = expectations[entry.key];
			const expected = expectation.statuses[visitors.indexOf(visitor)];
			const { status, text } = await request(entry, expectation, visitor, cookie);
			if (status !== expected) mismatches.push(`${entry.key} as ${visitor}: ${status}, expected ${expected}`);
			if (visitor === 'anonymous') anonymousView.set(entry.key, status === 200 ? text : '');
			if (status !== 200 || visitor === 'anonymous') return;
			const visible = visibleLearners(demo, visitor);
			for (const learner of demo.learners) {
				if (visible.has(learner.id)) continue;
				const byName = text.includes(learner.name) && !anonymousView.get(entry.key)?.includes(learner.name);
				if (text.includes(learner.id) || byName) leaks.push(`${entry.key} as ${visitor} shows ${learner.name}`);
			}
		};
		const ordinary = entries.filter((e) => expectations[e.key] && !expectations[e.key].endsSession);
		for (const entry of ordinary) {
			for (const visitor of visitors)
				await check(entry, visitor, visitor === 'anonymous' ? undefined : demo.people[visitor].cookie);
		}
		// Signing out ends sessions (everywhere: all of them), so these go last, each with a fresh session.
		for (const entry of entries.filter((e) => expectations[e.key]?.endsSession)) {
			for (const visitor of visitors)
				await check(entry, visitor, visitor === 'anonymous' ? undefined : await demo.freshCookie(visitor));
		}
		expect(mismatches).toEqual([]);
		expect(leaks).toEqual([]);
		expect(ordinary.length * visitors.length).toBeGreaterThan(250);
	});
});
