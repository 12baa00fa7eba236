// Compiled HTML back to plain text for the terminal.
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function htmlToText(html: string): string {
	return html
		.replace(/<\/p>\s*<p>/g, '\n')
		.replace(/<br\s*\/?>/g, '\n')
		.replace(/<li>/g, '- ')
		.replace(/<[^>]*>/g, '')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
			if (name[0] === '#')
				return String.fromCodePoint(Number(name[1].toLowerCase() === 'x' ? `0${name.slice(1)}` : name.slice(1)));
			return ENTITIES[name] ?? whole;
		})
		.trim();
}
