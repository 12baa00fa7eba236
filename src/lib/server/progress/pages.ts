// Course progress as the course and module pages show it: nothing for a visitor who is signed out.
import type { Action } from '@sveltejs/kit';
import { findModule } from '$lib/content/index.server';
import { requireUser } from '../auth/guard';
import type { SessionUser } from '../auth/session';
import { db } from '../db';
import { markModuleDone, modulesDone } from './modules';

/** The slugs of the course's modules the person has done, or null when signed out. */
export async function modulesDoneIn(user: SessionUser | null, course: string): Promise<string[] | null> {
	if (!user) return null;
	return (await modulesDone(db, user.id, course))[course] ?? [];
}

/** The module page's "done" form action. */
export const markDone: Action<{ course: string; module: string }> = async ({ locals, params }) => {
	const user = requireUser(locals);
	if (!findModule(params.course, params.module)) return { done: false };
	await markModuleDone(db, user.id, params.course, params.module);
	return { done: true };
};
