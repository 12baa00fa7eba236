// Who may do what: the status each kind of visitor must get on every route, endpoint and form action.
// Columns: anonymous, learner (team A), a learner of team B, manager of team A, manager of team B,
// trainer, admin. 303 for a signed-out visitor on a page is the redirect to sign-in; the [params] are
// team A's learner and their attempt. A route missing here fails the access test: add its row.
import type { Demo } from './harness/demo';

type Row = [number, number, number, number, number, number, number];

export interface Expectation {
	statuses: Row;
	/** a form body (form actions, /locale) or JSON body (API writes) */
	form?: (demo: Demo) => Record<string, string>;
	json?: unknown;
	/** ends the session it is sent with: sent with a fresh one */
	endsSession?: boolean;
}

const everyone: Row = [200, 200, 200, 200, 200, 200, 200];
const signedIn = (anon: number, rest = 200): Row => [anon, rest, rest, rest, rest, rest, rest];
const coaches: Row = [303, 403, 403, 200, 200, 403, 200];
const coachOfA: Row = [303, 403, 403, 200, 403, 403, 200];
const staffOnly: Row = [303, 403, 403, 403, 403, 200, 200];
const unassign = () => ({ id: crypto.randomUUID() });
const assignment = { kind: 'roleplay', roleplay: 'price-too-high', due: '2030-01-31', required: '80' };

export const expectations: Record<string, Expectation> = {
	'GET /': { statuses: everyone },
	'GET /account': { statuses: signedIn(303) },
	'GET /admin': { statuses: [401, 403, 403, 403, 403, 403, 200] },
	// [person] is the admin themself: what an admin may not do to their own account answers 400.
	'GET /admin/people/[person]': { statuses: [401, 403, 403, 403, 403, 403, 200] },
	'GET /api/attempts/[id]': { statuses: [401, 200, 403, 200, 403, 403, 200] },
	'GET /api/export/attempts.csv': { statuses: [401, 403, 403, 200, 200, 403, 200] },
	'GET /api/export/xapi': { statuses: [401, 403, 403, 200, 200, 403, 200] },
	'GET /api/drafts/[roleplay]': { statuses: signedIn(401) },
	// The drafts' former address, answering for one release more.
	'GET /api/progress/[roleplay]': { statuses: signedIn(401) },
	'GET /cases': { statuses: everyone },
	'GET /cases/[slug]': { statuses: everyone },
	'GET /courses': { statuses: everyone },
	'GET /courses/[course]': { statuses: everyone },
	'GET /courses/[course]/[module]': { statuses: everyone },
	'GET /healthz': { statuses: everyone },
	'GET /help/coaching': { statuses: everyone },
	'GET /invite/[token]': { statuses: everyone },
	'GET /me': { statuses: signedIn(303) },
	'GET /me/attempts/[id]': { statuses: [303, 200, 403, 200, 403, 403, 200] },
	'GET /roleplays': { statuses: everyone },
	'GET /roleplays/[id]': { statuses: everyone },
	'GET /search': { statuses: everyone },
	'GET /search-index.json': { statuses: everyone },
	'GET /signin': { statuses: [200, 303, 303, 303, 303, 303, 303] },
	'GET /signout': { statuses: signedIn(303) },
	'GET /team': { statuses: coaches },
	'GET /team/[learner]': { statuses: coachOfA },
	'GET /team/roleplays/[id]': { statuses: coaches },
	'GET /trainer': { statuses: staffOnly },
	'GET /trainer/roleplays/[id]': { statuses: [303, 403, 403, 200, 200, 200, 200] },
	'GET /trainer/roleplays/[id]/graph': { statuses: staffOnly },
	'GET /trainer/roleplays/[id]/preview': { statuses: staffOnly },
	'POST /api/attempts': { statuses: signedIn(401, 400), json: {} },
	'PUT /api/drafts/[roleplay]': { statuses: signedIn(401, 400), json: {} },
	'PUT /api/progress/[roleplay]': { statuses: signedIn(401, 400), json: {} },
	'POST /locale': { statuses: [303, 303, 303, 303, 303, 303, 303], form: () => ({ locale: 'zh', return: '/' }) },
	'POST /account?/password': {
		statuses: signedIn(401, 400),
		form: () => ({ current: 'not-the-password', password: 'new-password-1', confirm: 'new-password-1' })
	},
	'POST /admin?/team': { statuses: [401, 403, 403, 403, 403, 403, 400], form: () => ({ name: '' }) },
	'POST /admin?/person': { statuses: [401, 403, 403, 403, 403, 403, 400], form: () => ({ name: '' }) },
	'POST /admin/people/[person]?/edit': {
		statuses: [401, 403, 403, 403, 403, 403, 400],
		form: () => ({ name: '陈静', role: 'learner' })
	},
	'POST /admin/people/[person]?/invite': { statuses: [401, 403, 403, 403, 403, 403, 200], form: () => ({}) },
	'POST /admin/people/[person]?/deactivate': { statuses: [401, 403, 403, 403, 403, 403, 400], form: () => ({}) },
	'POST /admin/people/[person]?/reactivate': { statuses: [401, 403, 403, 403, 403, 403, 200], form: () => ({}) },
	'POST /admin/people/[person]?/delete': {
		statuses: [401, 403, 403, 403, 403, 403, 400],
		form: () => ({ confirm: 'yes' })
	},
	'POST /courses/[course]/[module]?/done': { statuses: signedIn(401), form: () => ({}) },
	'POST /invite/[token]?/default': {
		statuses: [400, 400, 400, 400, 400, 400, 400],
		form: () => ({ password: '', confirm: '' })
	},
	// Signed in, the failed sign-in answers with the page's redirect onwards, as a visit would.
	'POST /signin?/default': { statuses: [400, 303, 303, 303, 303, 303, 303], form: () => ({ email: '', password: '' }) },
	'POST /signout?/here': { statuses: signedIn(401, 303), form: () => ({}), endsSession: true },
	'POST /signout?/everywhere': { statuses: signedIn(401, 303), form: () => ({}), endsSession: true },
	'POST /team?/assign': {
		statuses: [401, 403, 403, 200, 403, 403, 200],
		form: (d) => ({ ...assignment, assignee: `team:${d.teamA}` })
	},
	'POST /team?/unassign': { statuses: [401, 403, 403, 404, 404, 403, 404], form: unassign },
	'POST /team/[learner]?/assign': {
		statuses: [401, 403, 403, 200, 403, 403, 200],
		form: (d) => ({ ...assignment, assignee: `learner:${d.people.learner.id}` })
	},
	'POST /team/[learner]?/comment': {
		statuses: [401, 403, 403, 200, 403, 403, 200],
		form: (d) => ({ attempt: d.learnerAttempt, body: 'Asked about the budget first: good.' })
	},
	// After the action the page loads, and team A's learner is not manager B's to see.
	'POST /team/[learner]?/unassign': { statuses: [401, 403, 403, 404, 403, 403, 404], form: unassign }
};
