import { fromMarkdown } from 'mdast-util-from-markdown';
import { generateRoleplay } from './bench/roleplay/generate.ts';
import { parseMarkdown } from './src/lib/roleplay/markdown.ts';
import { compileRoleplay } from './src/lib/roleplay/index.ts';
const { source } = generateRoleplay(2000);
const cpu = (f: () => void) => { f(); const s = process.cpuUsage(); f(); const u = process.cpuUsage(s); return ((u.user + u.system) / 1000).toFixed(0); };
console.log('parseMarkdown', cpu(() => parseMarkdown(source)));
console.log('compile', cpu(() => compileRoleplay('content/roleplays/b.md', source)));
const steps = source.split('\n## ');
for (const g of [1, 10, 50, 200]) {
  const chunks: string[] = []; for (let i = 0; i < steps.length; i += g) chunks.push(steps.slice(i, i + g).join('\n## '));
  console.log('group', g, cpu(() => { for (const c of chunks) fromMarkdown(c); }));
}
