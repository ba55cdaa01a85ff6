// A minimal command-line front end for harper.js (which ships no CLI): lints every .txt (as plain text) and .md
// (as Markdown) file under the given paths, one file at a time, and prints "FILES files, N lints".
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LocalLinter } from 'harper.js';
import { binaryInlined } from 'harper.js/binaryInlined';

function* walk(path) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) yield* walk(join(path, name));
  } else if (/\.(txt|md)$/i.test(path)) {
    yield path;
  }
}

const linter = new LocalLinter({ binary: binaryInlined });
await linter.setup();
let files = 0;
let lints = 0;
for (const root of process.argv.slice(2)) {
  for (const file of walk(root)) {
    const text = readFileSync(file, 'utf8');
    const found = await linter.lint(text, { language: file.toLowerCase().endsWith('.md') ? 'markdown' : 'plaintext' });
    files++;
    lints += found.length;
  }
}
console.log(`${files} files, ${lints} lints`);
