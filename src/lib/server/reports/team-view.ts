// Shapes the team reports for the pages: sorting the learner rows, grouping an assignment's learners,
// and the role-plays and modules a manager can assign. No SQL here: the figures come from team.ts.
import type { CourseEntry } from '$lib/content/types';
import type { Roleplay } from '../../roleplay';
import type { AssignmentStatus } from '../coaching/assignments';
import type { Sort } from './filters';
import type { LearnerRow } from './team';

export function sortLearners(rows: LearnerRow[], sort: Sort): LearnerRow[] {
	const value = (r: LearnerRow): string | number => {
		if (sort.key === 'name') return r.name;
		if (sort.key === 'last') return r.lastPractised ?? '';
		if (sort.key === 'risk') return r.risks.length;
		return r.cells[sort.key]?.best ?? -1;
	};
	const sign = sort.dir === 'asc' ? 1 : -1;
	return [...rows].sort((a, b) => {
		const x = value(a);
		const y = value(b);
		const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh');
		return sign * order || a.name.localeCompare(b.name, 'zh');
	});
}

export interface AssignmentSummary {
	id: string;
	title: string;
	href: string;
	requiredPercent: number | null;
	dueOn: string;
	/** the whole team, or the one learner's name */
	toTeam: boolean;
	learners: { id: string; name: string; state: AssignmentStatus['state']; best: number | null }[];
	done: number;
	overdue: number;
	open: number;
}

export function targetTitle(
	a: Pick<AssignmentStatus, 'roleplayId' | 'course' | 'module'>,
	roleplays: Roleplay[],
	courses: readonly CourseEntry[]
): { title: string; href: string } {
	if (a.roleplayId) {
		return {
			title: roleplays.find((rp) => rp.id === a.roleplayId)?.title ?? a.roleplayId,
			href: `/roleplays/${a.roleplayId}`
		};
	}
	const module = courses.find((c) => c.slug === a.course)?.modules.find((m) => m.slug === a.module);
	return { title: module?.title ?? `${a.course}/${a.module}`, href: `/courses/${a.course}/${a.module}` };
}

export function assignmentSummaries(
	statuses: AssignmentStatus[],
	roleplays: Roleplay[],
	courses: readonly CourseEntry[]
): AssignmentSummary[] {
	const byId = new Map<string, AssignmentSummary>();
	for (const s of statuses) {
		let summary = byId.get(s.id);
		if (!summary) {
			summary = {
				id: s.id,
				...targetTitle(s, roleplays, courses),
				requiredPercent: s.requiredPercent,
				dueOn: s.dueOn,
				toTeam: s.teamId !== null,
				learners: [],
				done: 0,
				overdue: 0,
				open: 0
			};
			byId.set(s.id, summary);
		}
		summary.learners.push({ id: s.learnerId, name: s.learnerName, state: s.state, best: s.best });
		summary[s.state]++;
	}
	return [...byId.values()];
}

export function assignableTargets(roleplays: Roleplay[], courses: readonly CourseEntry[]) {
	return {
		roleplays: roleplays
			.map((rp) => ({ id: rp.id, title: rp.title, pass: rp.pass }))
			.sort((a, b) => a.title.localeCompare(b.title, 'zh')),
		modules: courses.flatMap((c) =>
			c.modules.map((m) => ({ id: `${c.slug}/${m.slug}`, title: `${c.title} · ${m.title}` }))
		)
	};
}
