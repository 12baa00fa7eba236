// `peilian user add`: creates a person from the command line, chiefly the first admin of a new install.
import { userUsage } from './usage.js';
import { parseArgs } from 'node:util';
import { createInvite } from '../lib/server/auth/invites.js';
import { passwordRules } from '../lib/server/auth/password.js';
import { connect, optionsFromEnv } from '../lib/server/db/connect.js';
import { migrateToLatest } from '../lib/server/db/migrate.js';
import { ROLES, type Role } from '../lib/roles.js';
import { createPerson } from '../lib/server/teams/people.js';

export async function runUser(args: string[]): Promise<number> {
	const [sub, ...rest] = args;
	if (sub !== 'add') {
		console.error(`usage: ${userUsage}`);
		return 2;
	}
	let values;
	try {
		({ values } = parseArgs({
			args: rest,
			options: {
				email: { type: 'string' },
				name: { type: 'string' },
				role: { type: 'string' },
				password: { type: 'string' }
			}
		}));
	} catch (e) {
		console.error(`${(e as Error).message}\nusage: ${userUsage}`);
		return 2;
	}
	const { email, name, role, password } = values;
	const problem =
		!email || !/^[^@\s]+@[^@\s]+$/.test(email)
			? '--email must be an email address'
			: !name?.trim()
				? '--name is required'
				: !ROLES.includes(role as Role)
					? `--role must be one of ${ROLES.join(', ')}`
					: password !== undefined && password.length < passwordRules.min
						? `--password needs at least ${passwordRules.min} characters`
						: null;
	if (problem) {
		console.error(`${problem}\nusage: ${userUsage}`);
		return 2;
	}
	const { db, schema } = connect(optionsFromEnv());
	try {
		await migrateToLatest(db, schema);
		const created = await createPerson(db, { email: email!, name: name!, role: role as Role, password });
		if (!created.ok) {
			console.error(`${email} already has an account`);
			return 1;
		}
		console.log(`added ${created.user.role} ${created.user.name} <${created.user.email}>`);
		if (!password) {
			const token = await createInvite(db, created.user.id, null);
			console.log(`invite link (valid 7 days, once): ${process.env.ORIGIN ?? 'http://localhost:3000'}/invite/${token}`);
		}
		return 0;
	} finally {
		await db.destroy();
	}
}
