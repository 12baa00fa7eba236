// What the content collections hold once checked: plain data, safe to send to a page.

export interface Heading {
	depth: number;
	text: string;
	/** the anchor the rendered page gives this heading (github-slugger, CJK kept) */
	id: string;
}

export interface ModuleEntry {
	course: string;
	slug: string;
	/** the number prefix of the file name, which orders the course */
	number: number;
	path: string;
	url: string;
	title: string;
	summary: string;
	minutes: number;
	skills: string[];
	lang: string;
	headings: Heading[];
}

export interface CourseEntry {
	slug: string;
	path: string;
	url: string;
	title: string;
	summary: string;
	level: 1 | 2 | 3;
	audience: string;
	cover: string;
	lang: string;
	minutes: number;
	modules: ModuleEntry[];
	headings: Heading[];
}

export interface CaseEntry {
	slug: string;
	path: string;
	url: string;
	title: string;
	summary: string;
	industry: string;
	skills: string[];
	level: 1 | 2 | 3;
	questions: string[];
	/** YYYY-MM-DD */
	published: string;
	lang: string;
	headings: Heading[];
}

/** What a launcher card shows about a role-play. */
export interface RoleplayCard {
	id: string;
	url: string;
	title: string;
	summary: string;
	skills: string[];
	level?: 1 | 2 | 3;
}
