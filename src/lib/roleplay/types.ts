// The compiled role-play: plain JSON, built once from the trainer's markdown and sent to the browser as is.

export type Outcome = 'won' | 'lost' | 'neutral';
export type GuardOp = '>=' | '<=' | '>' | '<' | '==' | '!=';

export interface Guard {
	key: string;
	op: GuardOp;
	value: number;
}

export interface Effect {
	key: string;
	kind: 'skill' | 'var';
	op: 'add' | 'set';
	value: number;
}

export interface Line {
	kind: 'say' | 'narration';
	html: string;
	guards: Guard[];
}

export interface Choice {
	/** 1-based, in the file's order: the number `peilian play --choices` uses */
	position: number;
	html: string;
	/** the same words without markup */
	text: string;
	target: string;
	effects: Effect[];
	guards: Guard[];
	feedbackHtml: string | null;
}

export interface Step {
	id: string;
	title: string;
	lines: Line[];
	choices: Choice[];
	end?: Outcome;
}

export interface Analysis {
	best: number;
	skillBest: Record<string, number>;
	meterRange?: { min: number; max: number };
	stateCount: number;
	endings: { id: string; outcome: Outcome }[];
}

export interface Roleplay {
	id: string;
	/** sha256 hex of the source file */
	version: string;
	title: string;
	summary: string;
	persona: string;
	goal?: string;
	/** key -> label, in file order */
	skills: Record<string, string>;
	vars: Record<string, number>;
	meter?: string;
	pass: number;
	feedback: 'immediate' | 'end';
	/** false: the player shows the choices in the file's order; true: in an order shuffled per attempt */
	shuffle: boolean;
	tags: string[];
	level?: 1 | 2 | 3;
	lang?: string;
	briefingHtml: string;
	start: string;
	steps: Record<string, Step>;
	stepOrder: string[];
	analysis: Analysis;
}

export interface TakenChoice {
	step: string;
	position: number;
	text: string;
	effects: Effect[];
	feedbackHtml: string | null;
}

export interface PlayState {
	step: string;
	vars: Record<string, number>;
	scores: Record<string, number>;
	/** `${step}#${position}` of every choice taken so far */
	taken: string[];
	/** step ids in the order visited, starting with the first step */
	path: string[];
	history: TakenChoice[];
}

export interface SkillResult {
	score: number;
	best: number;
	percent: number | null;
}

export interface Result {
	id: string;
	outcome: Outcome;
	ending: string;
	total: number;
	best: number;
	percent: number;
	passed: boolean;
	skills: Record<string, SkillResult>;
	vars: Record<string, number>;
	path: string[];
}
