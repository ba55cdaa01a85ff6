// Strict JSON Schema draft-04 validation of SARIF logs against the official OASIS schema.
// Usage: node validate-schema.mjs SCHEMA LOG [LOG...]; prints one line per error, exits 1 if any log is invalid.
import { readFileSync } from "node:fs";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";

const [schemaPath, ...logs] = process.argv.slice(2);
if (!schemaPath || logs.length === 0) {
  console.error("usage: node validate-schema.mjs SCHEMA LOG [LOG...]");
  process.exit(2);
}

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
let failed = false;
for (const log of logs) {
  const ok = validate(JSON.parse(readFileSync(log, "utf8")));
  if (ok) {
    console.log(`${log}: valid`);
    continue;
  }
  failed = true;
  for (const error of validate.errors) console.log(`${log}: ${error.instancePath || "/"} ${error.message} ${JSON.stringify(error.params)}`);
}
process.exit(failed ? 1 : 0);
