import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import type { ResultView, SearchView } from '$lib/search/results';
import SearchBox from './SearchBox.svelte';
import { SearchCombobox } from './search-combobox.svelte';

const result = (title: string): ResultView => ({
	url: `/cases/${title}`,
	type: 'case',
	title: [{ text: title, mark: false }],
	heading: null,
	snippet: [{ text: `${title} snippet`, mark: false }],
	others: []
});

/** A search over three pages whose titles contain what is typed. */
const titles = ['price-talk', 'price-list', 'showroom'];
const run = (query: string): SearchView => ({
	query,
	type: null,
	results: titles.filter((t) => t.includes(query)).map(result),
	counts: { module: 0, case: 0, roleplay: 0 },
	suggestions: []
});

const { goto } = vi.hoisted(() => ({ goto: vi.fn() }));
vi.mock('$app/navigation', () => ({ goto }));
vi.mock('$lib/search/client', () => ({ loadSearch: async () => run }));

describe('the header search box, in a real browser', () => {
	it('lists results as you type, moves through them with the arrow keys and opens one with Enter', async () => {
		const screen = await render(SearchBox);
		const box = screen.getByRole('combobox');
		await box.click();
		await userEvent.keyboard('price');
		const options = screen.getByRole('option');
		await expect
			.poll(() => options.elements().map((o) => o.textContent?.trim().split(/\s+/)[1]))
			.toEqual(['price-talk', 'price-list']);
		await expect.element(box).toHaveAttribute('aria-expanded', 'true');

		await userEvent.keyboard('{ArrowDown}{ArrowDown}');
		const second = options.nth(1);
		await expect.element(second).toHaveAttribute('aria-selected', 'true');
		await expect.element(box).toHaveAttribute('aria-activedescendant', second.element().id);
		await userEvent.keyboard('{ArrowDown}');
		await expect.element(options.nth(0)).toHaveAttribute('aria-selected', 'true');

		await userEvent.keyboard('{Enter}');
		expect(goto).toHaveBeenLastCalledWith('/cases/price-talk');
		await expect.element(box).toHaveAttribute('aria-expanded', 'false');
	});

	it('Escape closes the list first, then clears what was typed', async () => {
		const screen = await render(SearchBox);
		const box = screen.getByRole('combobox');
		await box.click();
		await userEvent.keyboard('show');
		await expect.element(screen.getByRole('option')).toHaveTextContent('showroom');
		await userEvent.keyboard('{Escape}');
		await expect.element(box).toHaveAttribute('aria-expanded', 'false');
		await expect.element(box).toHaveValue('show');
		await userEvent.keyboard('{Escape}');
		await expect.element(box).toHaveValue('');
	});

	it('says so when nothing matches, and offers the full results page', async () => {
		const screen = await render(SearchBox);
		await screen.getByRole('combobox').click();
		await userEvent.keyboard('zzz');
		await expect.element(screen.getByRole('status')).toHaveTextContent(/\S/);
		await expect.element(screen.getByRole('link')).toHaveAttribute('href', '/search?q=zzz');
		expect(screen.getByRole('option').elements()).toHaveLength(0);
	});
});

describe('the combobox rules on their own', () => {
	it('shows only the latest query’s results when an earlier search finishes late', async () => {
		let release: () => void = () => {};
		const loaded = new Promise<void>((resolve) => (release = resolve));
		const combobox = new SearchCombobox({ load: () => loaded.then(() => run), navigate: () => {} });
		combobox.query = 'price';
		const first = combobox.search();
		combobox.query = 'show';
		const second = combobox.search();
		release();
		await Promise.all([first, second]);
		expect(combobox.results.map((r) => r.url)).toEqual(['/cases/showroom']);
	});

	it('tries loading the index again after a failure', async () => {
		const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(run);
		const combobox = new SearchCombobox({ load, navigate: () => {} });
		combobox.query = 'price';
		await combobox.search();
		expect(combobox.status).toBe('failed');
		await combobox.search();
		expect(combobox.status).toBe('ready');
		expect(combobox.results).toHaveLength(2);
	});
});
