// The drafts' former address (now /api/drafts/<roleplay>), answering for one release more so that a
// player page loaded before the rename still saves its drafts; the release after drops this file.
export { GET, PUT } from '../../drafts/[roleplay]/+server';
