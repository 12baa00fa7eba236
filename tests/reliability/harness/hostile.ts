// Generated hostile requests: for each endpoint and form action, bodies and parameters a broken client
// or an attacker would send. Each says what must come back: a 4xx, or (for input the app may accept,
// like a name with markup in it) anything short of a 5xx, checked afterwards by what was stored.
import type { Roleplay } from '../../../src/lib/roleplay';
import type { Demo } from './demo';
import { randomPath, seededRandom } from './paths';
import { replay } from '../../../src/lib/roleplay';
import type { SignedIn } from './people';

export interface Hostile {
	kind: string;
	method: string;
	path: string;
	cookie?: string;
	headers?: Record<string, string>;
	body?: string | Uint8Array | ReadableStream<Uint8Array>;
	/** 'refused': must be a 4xx; 'accepted': the app may take it, never a 5xx */
	expect: 'refused' | 'accepted';
	/** an attempt id that must not be stored (refused) or must be stored with the engine's score (accepted) */
	attempt?: { id: string; roleplay: Roleplay; choices: number[]; userId: string };
}

/** Markup that would run if any page rendered it unescaped; each carries a number to find it by. */
export const markers = (n: number) => [
	`<script>alert("pl-xss-${n}")</script>`,
	`<img src=x onerror=alert("pl-xss-${n}")>`,
	`"><svg onload=alert("pl-xss-${n}")>`
];
export const rawMarker = /<script>alert\("pl-xss|<img src=x onerror|<svg onload=/;

const utf8 = new TextEncoder();

/** `text` with bytes that are not UTF-8 (a lone continuation byte, an overlong slash, 0xFF) spliced in. */
function invalidUtf8(text: string, random: () => number): Uint8Array {
	const bytes = utf8.encode(text);
	const at = Math.floor(random() * bytes.length);
	const bad = [[0xff], [0xc0, 0xaf], [0x80], [0xed, 0xa0, 0x80]][Math.floor(random() * 4)];
	return new Uint8Array([...bytes.slice(0, at), ...bad, ...bytes.slice(at)]);
}

const wrongValues: unknown[] = [
	null,
	true,
	0,
	-1,
	1.5,
	1e308,
	'',
	'x'.repeat(5000),
	[],
	{},
	[null],
	['1'],
	{ $gt: '' },
	'1; drop table attempts',
	'\u0000',
	'../../etc/passwd'
];

export interface Context {
	origin: string;
	demo: Demo;
	learners: SignedIn[];
	roleplays: Roleplay[];
}

export function* hostileRequests(ctx: Context, scale = 1, seed = 5): Generator<Hostile> {
	const rounds = (n: number) => Math.max(1, Math.round(n * scale));
	const random = seededRandom(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
	const { demo } = ctx;
	const learner = () => pick(ctx.learners);
	const json = { 'content-type': 'application/json' };
	// As a browser without JavaScript posts a form: the answer is the page, with the action's status.
	const form = { 'content-type': 'application/x-www-form-urlencoded', origin: ctx.origin, accept: 'text/html' };
	const encodeForm = (fields: Record<string, string | undefined>) =>
		new URLSearchParams(Object.entries(fields).filter((e): e is [string, string] => e[1] !== undefined)).toString();
	const validAttempt = () => {
		const rp = pick(ctx.roleplays);
		return { id: crypto.randomUUID(), roleplay: rp, choices: randomPath(rp, random) };
	};
	const attemptBody = (a: ReturnType<typeof validAttempt>, extra: Record<string, unknown> = {}) =>
		JSON.stringify({ id: a.id, roleplay: a.roleplay.id, version: a.roleplay.version, choices: a.choices, ...extra });

	for (let i = 0; i < rounds(300); i++) {
		const who = learner();
		// Every refused request carries an id of its own, so a later check can tell that none was stored.
		const refused = (
			kind: string,
			make: (a: ReturnType<typeof validAttempt>) => Hostile['body'],
			headers: Record<string, string> = json
		): Hostile => {
			const a = validAttempt();
			return {
				kind,
				method: 'POST',
				path: '/api/attempts',
				cookie: who.cookie,
				headers,
				body: make(a),
				expect: 'refused',
				attempt: { ...a, userId: who.id }
			};
		};
		const withField = (a: ReturnType<typeof validAttempt>, fields: Record<string, unknown>) =>
			JSON.stringify({ ...JSON.parse(attemptBody(a)), ...fields });
		yield refused('attempt: truncated JSON', (a) =>
			attemptBody(a).slice(0, Math.floor(random() * attemptBody(a).length))
		);
		yield refused('attempt: not JSON', () =>
			pick(['', 'null', '[]', '"attempt"', '{', '{"id":}', 'id=1&choices=2', '\ufeff{}', 'NaN'])
		);
		const field = pick(['id', 'roleplay', 'version', 'choices', 'startedAt']);
		yield refused(`attempt: wrong type for ${field}`, (a) => withField(a, { [field]: pick(wrongValues) }));
		yield refused('attempt: choices out of range', (a) =>
			withField(a, { choices: a.choices.map((c, j) => (j === 0 ? pick([0, -3, 1001, 2.5, 1e9]) : c)) })
		);
		yield refused('attempt: unknown role-play', (a) => withField(a, { roleplay: `no-such-${i}` }));
		yield refused('attempt: unknown version', (a) => withField(a, { version: 'ab'.repeat(32) }));
		yield refused('attempt: script in a field', (a) =>
			withField(a, { [pick(['roleplay', 'id', 'version'])]: pick(markers(i)) })
		);
		yield refused('attempt: invalid UTF-8', (a) =>
			invalidUtf8(withField(a, { roleplay: `${a.roleplay.id}é` }), random)
		);
		yield { ...refused('attempt: not signed in', attemptBody), cookie: undefined };
		yield {
			...refused("attempt: another learner's attempt id", (a) => withField(a, { id: demo.otherLearnerAttempt })),
			attempt: undefined
		};
		// A path that is not playable: a step skipped, a choice never offered, or stopped before the end.
		const tampered = refused('attempt: tampered choices', (a) => {
			const how = Math.floor(random() * 3);
			if (how === 0) a.choices.splice(Math.floor(random() * a.choices.length), 1);
			else if (how === 1) a.choices[Math.floor(random() * a.choices.length)] = 1 + Math.floor(random() * 9);
			else a.choices.pop();
			return attemptBody(a);
		});
		if (!replay(tampered.attempt!.roleplay, tampered.attempt!.choices).ok) yield tampered;
		if (i % 4 === 0) {
			const forged = validAttempt();
			yield {
				kind: 'attempt: forged score fields',
				method: 'POST',
				path: '/api/attempts',
				cookie: who.cookie,
				headers: json,
				body: attemptBody(forged, {
					score: 100,
					total: 999,
					percent: 100,
					passed: true,
					outcome: 'won',
					result: { total: 999, percent: 100, passed: true },
					skills: { closing: { score: 99 } }
				}),
				expect: 'accepted',
				attempt: { ...forged, userId: who.id }
			};
		}
		if (i % 10 === 0) {
			yield refused('attempt: 100 KB body', (a) => withField(a, { pad: 'x'.repeat(100 * 1024) }));
			yield refused('attempt: 1 MB body', (a) => withField(a, { pad: 'x'.repeat(1024 * 1024) }));
			yield refused('attempt: 70 KB body sent in chunks', () => chunked(70 * 1024));
		}
	}

	for (let i = 0; i < rounds(150); i++) {
		const who = learner();
		const a = validAttempt();
		const draft = {
			id: a.id,
			version: a.roleplay.version,
			choices: a.choices.slice(0, 1),
			startedAt: new Date().toISOString()
		};
		const put = (kind: string, path: string, b: Hostile['body']): Hostile => ({
			kind,
			method: 'PUT',
			path,
			cookie: who.cookie,
			headers: json,
			body: b,
			expect: 'refused'
		});
		const at = `/api/drafts/${a.roleplay.id}`;
		yield put('draft: malformed JSON', at, JSON.stringify(draft).slice(0, 20));
		const field = pick(['id', 'version', 'choices', 'startedAt']);
		// An empty list of choices is a draft that has not started yet, so it is no wrong value there.
		const wrong = pick(wrongValues.filter((v) => !(field === 'choices' && Array.isArray(v) && v.length === 0)));
		yield put('draft: wrong type', at, JSON.stringify({ ...draft, [field]: wrong }));
		yield put('draft: tampered choices', at, JSON.stringify({ ...draft, choices: [pick([0, 9, 77])] }));
		yield put(
			'draft: odd role-play in the path',
			`/api/drafts/${pick(['%3Cscript%3E', '..%2F..%2Fadmin', '%FF', 'NO_SUCH', 'no-such-play', 'a'.repeat(300)])}`,
			JSON.stringify(draft)
		);
		yield put('draft: invalid UTF-8', at, invalidUtf8(JSON.stringify(draft), random));
		yield { ...put('draft: not signed in', at, JSON.stringify(draft)), cookie: undefined };
		yield {
			kind: 'draft: odd role-play read',
			method: 'GET',
			path: `/api/drafts/${pick(['%FF', '%3Cscript%3E', 'x'.repeat(2000), 'no-such'])}`,
			cookie: who.cookie,
			expect: 'accepted'
		};
		yield {
			kind: 'attempt read: unknown, malformed or not mine',
			method: 'GET',
			path: `/api/attempts/${pick([crypto.randomUUID(), demo.otherLearnerAttempt, '%FF', '%3Cscript%3E', "1' or '1'='1", 'x'.repeat(3000)])}`,
			cookie: who.cookie,
			expect: 'refused'
		};
	}

	const manager = demo.people.managerA;
	const admin = demo.people.admin;
	for (let i = 0; i < rounds(60); i++) {
		const query = pick([
			`team=${demo.teamB}`,
			`learner=${demo.people.otherTeamLearner.id}`,
			'learner=%FF',
			`learner=${encodeURIComponent(markers(i)[0])}`,
			'team=nope'
		]);
		yield {
			kind: 'export: someone else’s team or learner',
			method: 'GET',
			path: `/api/export/${pick(['attempts.csv', 'xapi'])}?${query}`,
			cookie: manager.cookie,
			expect: 'refused'
		};
		yield {
			kind: 'export: odd filters',
			method: 'GET',
			path: `/api/export/attempts.csv?from=${pick(['2024-99-99', 'yesterday', '%FF'])}&roleplay=${encodeURIComponent(pick(markers(i)))}`,
			cookie: manager.cookie,
			expect: 'accepted'
		};
	}

	const action = (
		kind: string,
		path: string,
		cookie: string | undefined,
		fields: Record<string, string | undefined>,
		expect: Hostile['expect'] = 'refused'
	): Hostile => ({
		kind,
		method: 'POST',
		path,
		cookie,
		headers: form,
		body: encodeForm(fields),
		expect
	});
	for (let i = 0; i < 15; i++) {
		yield action(
			'sign-in: malformed fields',
			'/signin',
			undefined,
			pick([
				{},
				{ email: 'x'.repeat(400), password: 'p' },
				{ email: markers(i)[0], password: 'nope' },
				{ email: 'liu.yang@peilian.demo', password: 'y'.repeat(300) }
			])
		);
		yield {
			...action('sign-in: invalid UTF-8', '/signin', undefined, {}),
			body: invalidUtf8(`email=${markers(i)[1]}&password=x`, random)
		};
		yield action('password change: wrong current password', '/account?/password', learner().cookie, {
			current: pick(['', 'wrong', markers(i)[0]]),
			password: 'abcdefgh1',
			confirm: 'abcdefgh1'
		});
		yield action(
			'invite: unknown token',
			`/invite/${pick(['nope', '%FF', markers(i)[0].replace(/[<>"/]/g, '')])}`,
			undefined,
			{ password: 'abcdefgh1', confirm: 'abcdefgh1' }
		);
	}
	for (let i = 0; i < rounds(50); i++) {
		yield action(
			'admin team: name with markup',
			'/admin?/team',
			admin.cookie,
			{ name: `${pick(markers(i))} ${i}` },
			'accepted'
		);
		yield action(
			'admin team: bad name',
			'/admin?/team',
			admin.cookie,
			pick([{}, { name: '' }, { name: 'n'.repeat(81) }, { name: '   ' }])
		);
		yield action(
			'admin person: markup in the name',
			'/admin?/person',
			admin.cookie,
			{
				name: `${pick(markers(i))}`,
				email: `xss-${i}-${crypto.randomUUID().slice(0, 6)}@example.com`,
				role: 'learner',
				team: demo.teamA
			},
			'accepted'
		);
		yield action(
			'admin person: bad fields',
			'/admin?/person',
			admin.cookie,
			pick([
				{ name: 'A', email: 'not-an-email', role: 'learner' },
				{ name: 'A', email: `r-${i}@example.com`, role: 'superuser' },
				{
					name: 'A',
					email: `t-${i}@example.com`,
					role: 'learner',
					team: pick(['no-such-team', crypto.randomUUID(), markers(i)[0].slice(0, 90)])
				},
				{ name: '', email: 'a@b.co', role: 'admin' },
				{ name: 'A', email: 'liu.yang@peilian.demo', role: 'learner' }
			])
		);
		yield action('admin invite: unknown person', '/admin?/invite', admin.cookie, {
			user: pick([crypto.randomUUID(), 'garbage', ''])
		});
		yield action('admin action: as a learner', `/admin?/${pick(['team', 'person', 'invite'])}`, learner().cookie, {
			name: markers(i)[0],
			email: 'x@y.co',
			role: 'admin'
		});
		yield action(
			'comment: markup in the body',
			`/team/${demo.people.learner.id}?/comment`,
			manager.cookie,
			{ attempt: demo.learnerAttempt, body: `${pick(markers(i))} #${i}` },
			'accepted'
		);
		yield action(
			'comment: bad fields',
			`/team/${demo.people.learner.id}?/comment`,
			manager.cookie,
			pick([
				{ attempt: demo.learnerAttempt, body: 'b'.repeat(2001) },
				{ attempt: demo.learnerAttempt, body: '   ' },
				{ attempt: 'garbage', body: 'hi' },
				{ attempt: crypto.randomUUID(), body: 'hi' },
				{ body: 'hi' }
			])
		);
		yield action("comment: on another team's attempt", `/team/${demo.people.learner.id}?/comment`, manager.cookie, {
			attempt: demo.otherLearnerAttempt,
			body: markers(i)[0]
		});
		yield action(
			'assign: bad fields',
			'/team?/assign',
			manager.cookie,
			pick([
				{ kind: 'roleplay', roleplay: 'price-too-high', due: 'tomorrow', assignee: `team:${demo.teamA}` },
				{
					kind: 'roleplay',
					roleplay: 'price-too-high',
					due: '2030-01-01',
					required: pick(['abc', '101', '-5', '1e3']),
					assignee: `team:${demo.teamA}`
				},
				{ kind: 'module', module: '../../etc', due: '2030-01-01', assignee: `team:${demo.teamA}` },
				{ kind: 'roleplay', roleplay: 'no-such-play', due: '2030-01-01', assignee: `team:${demo.teamA}` },
				{ kind: 'quiz', due: '2030-01-01', assignee: 'team:' },
				{
					kind: 'roleplay',
					roleplay: 'price-too-high',
					due: '2030-01-01',
					assignee: `${pick(['team', 'learner', 'x'])}:${pick(['garbage', '', markers(i)[0]])}`
				}
			])
		);
		yield action("assign: to another manager's team or learner", '/team?/assign', manager.cookie, {
			kind: 'roleplay',
			roleplay: 'price-too-high',
			due: '2030-01-01',
			assignee: pick([`team:${demo.teamB}`, `learner:${demo.people.otherTeamLearner.id}`])
		});
		yield action(
			'unassign: unknown id',
			pick(['/team?/unassign', `/team/${demo.people.learner.id}?/unassign`]),
			manager.cookie,
			{ id: pick([crypto.randomUUID(), 'x', '']) }
		);
		yield action(
			'module done: unknown course or module',
			`/courses/${pick(['new-sales', 'nope', '%FF'])}/${pick(['nope', 'x%FF', markers(i)[0].replace(/[<>"/]/g, '')])}?/done`,
			learner().cookie,
			{}
		);
		yield action('form action: unknown action', `/team?/${pick(['delete', 'drop', '__proto__'])}`, manager.cookie, {});
		yield {
			...action(
				'form action: forged origin',
				pick(['/admin?/team', '/signin', `/team/${demo.people.learner.id}?/comment`]),
				admin.cookie,
				{ name: `forged-${i}` }
			),
			headers: { ...form, origin: pick(['https://evil.example', 'null']) }
		};
		yield {
			...action('form action: JSON instead of a form', '/admin?/team', admin.cookie, {}),
			headers: { ...json, origin: ctx.origin },
			body: JSON.stringify({ name: `json-${i}` })
		};
		yield { ...action('form action: 200 KB form', '/admin?/team', admin.cookie, { name: 'n'.repeat(200 * 1024) }) };
		yield action('sign-out: not signed in', pick(['/signout?/here', '/signout?/everywhere']), undefined, {});
		yield action(
			'language: odd values',
			'/locale',
			undefined,
			{ locale: pick(['xx', markers(i)[0], '']), return: pick(['//evil.example', 'https://evil.example', '/\\evil']) },
			'accepted'
		);
	}

	for (let i = 0; i < rounds(30); i++) {
		const q = encodeURIComponent(pick(markers(i)));
		const get = (path: string, cookie?: string, expect: Hostile['expect'] = 'accepted'): Hostile => ({
			kind: 'page: odd parameters',
			method: 'GET',
			path,
			cookie,
			expect
		});
		yield get(`/search?q=${q}&type=${pick(['all', 'nope', q])}`);
		yield get(`/cases?${pick(['industry', 'skill', 'level'])}=${q}`);
		yield get(`/roleplays?level=${pick(['abc', '-1', q])}&tag=${q}`);
		yield get(
			`/team?sort=${pick(['name', q, '__proto__'])}&dir=${pick(['up', q])}&from=${pick(['2024-02-30', q])}`,
			manager.cookie
		);
		yield get(
			`/trainer/roleplays/price-too-high/preview?${pick(['path', 'at', 'choices'])}=${pick(['1,1,1,1,1,1,9', q, '%FF', '-1'])}`,
			demo.people.trainer.cookie
		);
		yield get(`/trainer/roleplays/price-too-high/graph?zoom=${pick(['NaN', '1e309', q])}`, demo.people.trainer.cookie);
		yield get(
			pick([
				`/cases/${q}`,
				'/courses/%FF',
				`/roleplays/${q}`,
				'/me/attempts/garbage',
				`/team/${crypto.randomUUID()}`,
				`/team/roleplays/${q}`
			]),
			manager.cookie,
			'refused'
		);
		yield get(
			`/signin?next=${encodeURIComponent(pick(['//evil.example', 'https://evil.example', 'javascript:alert(1)']))}`
		);
	}
}

/** A body of `size` bytes sent without a Content-Length, in 8 KB chunks. */
function chunked(size: number): ReadableStream<Uint8Array> {
	let sent = 0;
	return new ReadableStream({
		pull(controller) {
			if (sent >= size) return controller.close();
			const chunk = new Uint8Array(Math.min(8192, size - sent)).fill(0x61);
			sent += chunk.length;
			controller.enqueue(chunk);
		}
	});
}
