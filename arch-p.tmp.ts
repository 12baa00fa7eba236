import { generateRoleplay } from './bench/roleplay/generate.ts';
import { compileRoleplay } from './src/lib/roleplay/index.ts';
const { source } = generateRoleplay(2000);
for (let i = 0; i < 4; i++) compileRoleplay('content/roleplays/b.md', source);
