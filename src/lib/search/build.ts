// Builds the serialised index and doc store from the documents; runs at build time and in tests.
import { lunr, usePeilianPipeline } from './pipeline.js';
import { indexFields, type SearchDocument, type SearchIndexFile, type StoredDocument } from './types.js';

/** A snippet shows a line or two; storing more of a long passage would only cost download bytes. */
const STORED_TEXT_LIMIT = 2000;

function stored(doc: SearchDocument): StoredDocument {
	const text = [doc.summary, doc.text].filter(Boolean).join('\n');
	return { url: doc.url, type: doc.type, page: doc.page, heading: doc.heading, text: text.slice(0, STORED_TEXT_LIMIT) };
}

export function buildSearchIndex(docs: readonly SearchDocument[]): SearchIndexFile {
	const builder = new lunr.Builder();
	usePeilianPipeline(builder);
	// Refs are positions in the doc store, in base 36: lunr repeats a ref in every posting, and every
	// field it scores costs a string lookup, so short refs and two fields keep the index small and fast.
	builder.ref('ref');
	// A word in the title or heading says more about a passage than the same word in its body.
	const [title, body] = indexFields;
	builder.field(title, { boost: 3 });
	builder.field(body);
	docs.forEach((doc, i) =>
		builder.add({
			ref: i.toString(36),
			[title]: [doc.page, doc.heading].filter(Boolean).join('\n'),
			[body]: [doc.summary, doc.keywords, doc.text].filter(Boolean).join('\n')
		})
	);
	return { index: builder.build().toJSON(), docs: docs.map(stored) };
}
