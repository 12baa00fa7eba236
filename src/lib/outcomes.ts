// An attempt's outcome, and the names of what a choice changes, in the reader's language (client-safe).
import { m } from '$lib/paraglide/messages';
import type { Outcome } from '$lib/roleplay/types';

const labels = { won: m.me_outcome_won, lost: m.me_outcome_lost, neutral: m.me_outcome_neutral };

export function outcomeLabel(outcome: Outcome): string {
	return labels[outcome]();
}

/** The meter's name: the common var is named here, others show their key (vars have no labels in the file). */
export function varLabel(key: string): string {
	return key === 'trust' ? m.player_meter_trust() : key;
}

/** Skill labels as the role-plays give them, plus the var names, for describeEffect. */
export function effectLabels(skills: Record<string, string>): Record<string, string> {
	return { trust: varLabel('trust'), ...skills };
}
