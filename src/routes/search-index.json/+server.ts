import { json } from '@sveltejs/kit';
import { searchIndexFile } from '$lib/search/index.server';
import type { RequestHandler } from './$types';

// Written to a static file at build time: the content only changes with a new build.
export const prerender = true;

export const GET: RequestHandler = () => json(searchIndexFile);
