// Where "back" leads after the debrief: the course module or case that opened the role-play. Only pages of
// this site are accepted, so a crafted link cannot send the learner elsewhere.
const RETURN_PATH = /^\/(courses|cases)\/[\w\-/%]+$/;

export interface ReturnTo {
	href: string;
	kind: 'module' | 'case';
}

export function returnTo(from: string | null): ReturnTo | null {
	if (!from || !RETURN_PATH.test(from) || from.includes('//')) return null;
	return { href: from, kind: from.startsWith('/cases/') ? 'case' : 'module' };
}
