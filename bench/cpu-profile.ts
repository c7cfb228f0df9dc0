// Summary of a V8 CPU profile (`node --cpu-prof`): self time by source file or package and by
// function. Frames of minified bundles (Turbopack's server chunks, Next's compiled runtime,
// which carries React's server renderer) are traced back to their sources through the source
// maps written beside them. Used by `tsx bench/http.ts --profile`; also on its own:
//   npx tsx bench/cpu-profile.ts file.cpuprofile [top]
import { existsSync, readFileSync } from "node:fs";
import { SourceMap, type SourceMapPayload } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileRow {
  label: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** excluding (idle): time the process spent on the CPU */
  busyMs: number;
  byArea: ProfileRow[];
  byFunction: ProfileRow[];
  /** inclusive time by area (the area anywhere on the stack) */
  inclusive: ProfileRow[];
}

const maps = new Map<string, SourceMap | null>();

function sourceMapOf(url: string): SourceMap | null {
  if (maps.has(url)) return maps.get(url) ?? null;
  let map: SourceMap | null = null;
  try {
    const file = url.startsWith("file:") ? fileURLToPath(url) : url;
    if ((file.includes("/.next") || file.includes("/next-bench/") || file.includes("/next/dist/compiled/")) && existsSync(`${file}.map`)) {
      map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, "utf8")) as SourceMapPayload);
    }
  } catch {
    map = null;
  }
  maps.set(url, map);
  return map;
}

/** A frame's original source (project-relative path or node_modules/…) and line, when a source map knows it. */
export function originalOf(frame: CallFrame): { source: string; line: number } | null {
  if (!frame.url) return null;
  const entry = sourceMapOf(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber) as
    | { originalSource?: string; originalLine?: number }
    | undefined;
  if (!entry?.originalSource) return null;
  let source = decodeURIComponent(entry.originalSource)
    .replace(/^webpack:\/\/next\/\.\//, "node_modules/next/")
    .replace(/^webpack:\/\/[^/]*\//, "")
    .replace(/^turbopack:\/\/\/\[project\]\//, "")
    .replace(/^(\.\.\/)+/, "");
  const inModules = source.lastIndexOf("node_modules/");
  if (inModules > 0) source = source.slice(inModules);
  return { source, line: (entry.originalLine ?? 0) + 1 };
}

/** Where a frame's code lives: a source file of the app, a package (React inside Next), Node itself. */
export function areaOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith("(") ? functionName : "(native / V8)";
  if (url.startsWith("node:")) return "node (core modules)";
  const original = originalOf(frame);
  const where = original?.source ?? url.replace(/^file:\/\//, "");
  const react = /node_modules\/next\/dist\/compiled\/(react[^/]*)\/cjs\/([^/.]+(?:\.[a-z-]+)?)/.exec(where);
  if (react) return `react (${react[2] ?? react[1]})`;
  const nextPart = /node_modules\/next\/(?:dist\/(?:esm\/)?)?((?:compiled\/)?[^/]+(?:\/[^/.]+)?)/.exec(where);
  if (nextPart) return `next/${nextPart[1] ?? ""}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(where);
  if (pkg) return pkg[1] ?? where;
  if (original) return original.source;
  if (url.includes("/server/chunks/")) return "app bundle (no source map)";
  return where;
}

function shortUrl(url: string): string {
  return url.replace(/^file:\/\//, "").replace(/^.*\/node_modules\//, "").replace(/^.*\/\.next\//, ".next/");
}

export interface SummaryOptions {
  top?: number;
  /** only the samples taken between these times, in ms since the profile started */
  windowMs?: [number, number];
}

export function summariseProfile(profile: CpuProfile, { top = 25, windowMs }: SummaryOptions = {}): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  let elapsedUs = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    elapsedUs += delta;
    if (windowMs && (elapsedUs < windowMs[0] * 1000 || elapsedUs > windowMs[1] * 1000)) return;
    selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
  });
  const totalUs = [...selfUs.values()].reduce((a, b) => a + b, 0);
  let idleUs = 0;
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    if (frame.functionName === "(idle)") idleUs += us;
    const area = areaOf(frame);
    areas.set(area, (areas.get(area) ?? 0) + us);
    const original = originalOf(frame);
    const at = original ? `${original.source}:${original.line}` : frame.url ? `${shortUrl(frame.url)}:${frame.lineNumber + 1}` : "";
    const name = `${frame.functionName || "(anonymous)"}  ${at}`.trim();
    functions.set(name, (functions.get(name) ?? 0) + us);
  }
  const busyUs = totalUs - idleUs;
  const rows = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([label, us]) => ({ label, ms: us / 1000, share: busyUs > 0 ? us / busyUs : 0 }));

  // Inclusive time by area: a sample counts once for every area on its stack (what runs
  // under React's renderers, under Prisma…). Async continuations start new stacks.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const areasOnStack = new Map<number, Set<string>>();
  const stackAreas = (id: number): Set<string> => {
    const known = areasOnStack.get(id);
    if (known) return known;
    const up = parent.get(id);
    const set = new Set(up === undefined ? [] : stackAreas(up));
    const frame = byId.get(id)?.callFrame;
    if (frame && frame.url) set.add(areaOf(frame));
    areasOnStack.set(id, set);
    return set;
  };
  const inclusive = new Map<string, number>();
  for (const [id, us] of selfUs) for (const area of stackAreas(id)) inclusive.set(area, (inclusive.get(area) ?? 0) + us);
  return {
    totalMs: totalUs / 1000,
    busyMs: busyUs / 1000,
    byArea: rows(areas),
    byFunction: rows(functions),
    inclusive: rows(inclusive),
  };
}

export function readProfile(file: string): CpuProfile {
  return JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
}

export function printProfile(summary: ProfileSummary, requests?: number) {
  const perRequest = (ms: number) => (requests ? ` ${(ms / requests).toFixed(2).padStart(8)}` : "");
  const header = (title: string) =>
    console.log(`\n${title.padEnd(78)} ${"ms".padStart(9)} ${"%".padStart(6)}${requests ? ` ${"ms/req".padStart(8)}` : ""}`);
  const line = (r: ProfileRow) =>
    console.log(`${r.label.slice(0, 78).padEnd(78)} ${r.ms.toFixed(0).padStart(9)} ${(r.share * 100).toFixed(1).padStart(6)}${perRequest(r.ms)}`);
  console.log(
    `\nprofil : ${summary.totalMs.toFixed(0)} ms enregistrées, dont ${summary.busyMs.toFixed(0)} ms hors attente (idle)` +
      (requests ? ` — ${requests} requêtes, ${(summary.busyMs / requests).toFixed(2)} ms de CPU par requête` : ""),
  );
  header("temps propre par zone (% du temps hors attente)");
  summary.byArea.forEach(line);
  header("temps propre par fonction");
  summary.byFunction.forEach(line);
  if (summary.inclusive.length > 0) {
    header("temps inclusif par zone (zone présente dans la pile)");
    summary.inclusive.forEach(line);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [file, top] = process.argv.slice(2);
  if (!file) {
    console.error("usage: npx tsx bench/cpu-profile.ts <fichier.cpuprofile> [nombre de lignes]");
    process.exit(2);
  }
  printProfile(summariseProfile(readProfile(file), { top: Number(top ?? 25) }));
}
