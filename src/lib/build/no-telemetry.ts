/**
 * The environment every Astro command of the project runs with: Astro's anonymous telemetry off, so that a
 * public body's build and preview send nothing to a third party (and print no telemetry notice). The
 * project's scripts (build, preview, start, test) pass through here; `ASTRO_TELEMETRY_DISABLED` is Astro's
 * own switch, read per process, so it needs no global `astro telemetry disable`.
 */
export function withoutTelemetry(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1' };
}
