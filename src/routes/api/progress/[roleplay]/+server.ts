// The drafts' former address (now /api/drafts/<roleplay>), answering for one release more so that a
// player page loaded before the rename still saves its drafts; the release after drops this file.
import * as drafts from '../../drafts/[roleplay]/+server';

export const GET = drafts.GET;
export const PUT = drafts.PUT;
