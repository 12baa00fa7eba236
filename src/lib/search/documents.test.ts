// What a role-play's search document holds: enough to find it, never the answers (issue 13 §5).
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../cli/files';
import { analyseContent } from '$lib/content/check';
import { bestChoiceAt, initialState } from '$lib/roleplay/runtime';
import { buildSearchIndex } from './build';
import { searchDocuments } from './documents';
import { openSearchIndex, search } from './query';

const { index } = analyseContent(readMarkdown(['content']).files);
const documents = searchDocuments(index, () => '');
const engine = openSearchIndex(JSON.parse(JSON.stringify(buildSearchIndex(documents))));
const priceTooHigh = index.roleplays['price-too-high'];
const textOf = (id: string) => documents.find((d) => d.url === `/roleplays/${id}`)!.text;

/** The role-play pages among the results for a query. */
const roleplaysFound = (query: string) =>
	search(engine, query)
		.pages.map((p) => p.best.doc.url)
		.filter((url) => url.startsWith('/roleplays/'));

describe('search over role-plays', () => {
	it('finds a role-play by what its customer says', () => {
		expect(priceTooHigh.steps.start.lines.map((l) => l.html).join('')).toContain('这几家都大同小异');
		expect(roleplaysFound('这几家都大同小异')).toContain('/roleplays/price-too-high');
	});

	it('does not find a role-play by its best answer', () => {
		const best = bestChoiceAt(priceTooHigh, initialState(priceTooHigh))!.choice;
		expect(best.text).toContain('进来坐会儿，喝口水');
		expect(roleplaysFound('进来坐会儿，喝口水')).not.toContain('/roleplays/price-too-high');
	});

	it('holds none of the learner options or coaching of any bundled role-play', () => {
		const leaked = Object.values(index.roleplays).flatMap((rp) =>
			Object.values(rp.steps).flatMap((step) =>
				step.choices
					.flatMap((c) => [c.text, (c.feedbackHtml ?? '').replace(/<[^>]*>/g, '')])
					.filter((words) => words.length > 12 && textOf(rp.id).includes(words))
					.map((words) => `${rp.id}: ${words}`)
			)
		);
		expect(leaked).toEqual([]);
	});
});
