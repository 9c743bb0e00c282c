// Parses M (Power Query) expressions with Microsoft's parser and reports the result as JSON.
// Input (stdin): a JSON array of {"name": "...", "expression": "..."}.
// Output (stdout): {"parsed": N, "errors": [{"name": "...", "message": "..."}]}; exit code 0 either way.
import { readFileSync } from "node:fs";
import { DefaultSettings, TaskUtils } from "@microsoft/powerquery-parser";

const items = JSON.parse(readFileSync(0, "utf8"));
const errors = [];
for (const { name, expression } of items) {
    const task = await TaskUtils.tryLexParse(DefaultSettings, expression);
    if (TaskUtils.isError(task)) {
        errors.push({ name, stage: task.stage, message: task.error?.message ?? String(task.error) });
    }
}
process.stdout.write(JSON.stringify({ parsed: items.length, errors }));
