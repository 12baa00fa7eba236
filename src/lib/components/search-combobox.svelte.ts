// The header search's combobox (the WAI-ARIA 1.2 pattern) as state and rules, apart from its markup:
// search as you type once typing pauses (loading the index on first use), move through the results
// with the arrow keys, open one with Enter, close with Escape. SearchBox.svelte renders it.
import type { RunSearch } from '$lib/search/client';
import type { SearchView } from '$lib/search/results';

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface ComboboxOptions {
	/** loads the index and returns the search; tried again on the next use if it fails */
	load: () => Promise<RunSearch>;
	/** goes to a result's page */
	navigate: (url: string) => void;
	debounceMs?: number;
}

export class SearchCombobox {
	query = $state('');
	view = $state.raw<SearchView | null>(null);
	open = $state(false);
	/** the highlighted result, -1 for none */
	active = $state(-1);
	status = $state<SearchStatus>('idle');
	readonly results = $derived(this.view?.results ?? []);

	#options: ComboboxOptions;
	#runner: Promise<RunSearch> | null = null;
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(options: ComboboxOptions) {
		this.#options = options;
	}

	/** Starts loading the index (when the box gets focus), so the first results come sooner. */
	prepare(): void {
		this.#load().catch(() => {});
	}

	/** The query changed: search when typing pauses. */
	typed(): void {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.search(), this.#options.debounceMs ?? 150);
	}

	/** Searches for the query now; an empty query closes the list. */
	async search(): Promise<void> {
		const q = this.query.trim();
		if (q === '') {
			this.view = null;
			this.open = false;
			return;
		}
		if (this.status !== 'ready') this.status = 'loading';
		this.open = true;
		try {
			const run = await this.#load();
			// A newer query has been typed meanwhile: its own search shows its results.
			if (q !== this.query.trim()) return;
			this.view = run(q);
			this.active = -1;
			this.status = 'ready';
		} catch {
			this.status = 'failed';
		}
	}

	close(): void {
		this.open = false;
		this.active = -1;
	}

	/** Goes to the result at `index`, if there is one. */
	choose(index: number): void {
		const result = this.results[index];
		if (!result) return;
		this.close();
		this.#options.navigate(result.url);
	}

	/** A key pressed in the box; true when the combobox acted on it, so the page must not. */
	key(key: string): boolean {
		const count = this.results.length;
		if (key === 'ArrowDown' || key === 'ArrowUp') {
			if (!this.open) void this.search();
			else if (count > 0) {
				const step = key === 'ArrowDown' ? 1 : -1;
				this.active = this.active < 0 && step < 0 ? count - 1 : (this.active + step + count) % count;
			}
			return true;
		}
		if (key === 'Enter' && this.open && this.active >= 0) {
			this.choose(this.active);
			return true;
		}
		if (key === 'Escape') {
			if (this.open) this.close();
			else this.query = '';
			return true;
		}
		return false;
	}

	#load(): Promise<RunSearch> {
		this.#runner ??= this.#options.load();
		this.#runner.catch(() => (this.#runner = null));
		return this.#runner;
	}
}
