// Reads a SARIF Multitool validation report and fails on any error or warning (the Multitool itself exits 0).
// Usage: node check-multitool-report.mjs REPORT
import { readFileSync } from "node:fs";

const report = JSON.parse(readFileSync(process.argv[2], "utf8"));
const problems = (report.runs ?? []).flatMap((run) => run.results ?? [])
  .filter((result) => (result.level ?? "warning") === "error" || (result.level ?? "warning") === "warning");
for (const problem of problems) {
  const location = problem.locations?.[0]?.physicalLocation?.region?.startLine ?? "?";
  console.log(`${problem.level ?? "warning"} ${problem.ruleId} (line ${location}): ${problem.message?.text ?? JSON.stringify(problem.message)}`);
}
console.log(`${process.argv[2]}: ${problems.length} errors or warnings`);
process.exit(problems.length === 0 ? 0 : 1);
