// An attempt's outcome in the reader's language (client-safe).
import { m } from '$lib/paraglide/messages';

const labels = { won: m.me_outcome_won, lost: m.me_outcome_lost, neutral: m.me_outcome_neutral };

export function outcomeLabel(outcome: 'won' | 'lost' | 'neutral'): string {
	return labels[outcome]();
}
