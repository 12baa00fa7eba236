// The sign-in and password forms, parsed at the edge.
import { z } from 'zod';
import { passwordRules } from './password';

export const signInForm = z.object({
	email: z.string().trim().max(320),
	password: z.string().max(passwordRules.max)
});

/** A new password twice; the messages are keys the page shows in the reader's language. */
export const newPasswordForm = z
	.object({
		password: z.string().min(passwordRules.min, 'short').max(passwordRules.max, 'short'),
		confirm: z.string()
	})
	.refine((f) => f.password === f.confirm, { message: 'mismatch', path: ['confirm'] });

export type PasswordProblem = 'short' | 'mismatch';

export function formFields(data: FormData): Record<string, string> {
	return Object.fromEntries([...data.entries()].filter((e): e is [string, string] => typeof e[1] === 'string'));
}

export function passwordProblem(error: z.ZodError): PasswordProblem {
	return error.issues.some((i) => i.message === 'mismatch') ? 'mismatch' : 'short';
}
