"use client";
/**
 * The pack's download button. Without JavaScript (or before hydration) it is a plain link to
 * the streamed ZIP. Once hydrated, a click asks the server to build the pack (POST), reads the
 * NDJSON progress it streams — one line per file written — and shows "fichier k sur N" in a
 * labelled <progress>; a polite live region says it at most every few seconds (a screen reader
 * is not flooded), then the finished file is fetched by navigating to its one-time link
 * (the browser saves it: Content-Disposition attachment).
 */
import { useRef, useState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";

type Line =
  | { type: "start"; total: number }
  | { type: "file"; index: number; total: number; name: string; title: string }
  | { type: "done"; total: number; bytes: number; href: string }
  | { type: "error"; message: string };

type State =
  | { kind: "idle" }
  | { kind: "building"; index: number; total: number; current: string | null }
  | { kind: "done"; total: number; bytes: number }
  | { kind: "error"; message: string };

const ANNOUNCE_EVERY_MS = 3000;
const FAILED = "La préparation du dossier a échoué. Réessayez dans un instant ; si le problème persiste, signalez-le à l'administrateur du portail.";

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString("fr-FR", { maximumFractionDigits: 1 })}\u202fMo`;

export function EvidencePackDownload({ href, fileName, year, total }: { href: string; fileName: string; year: number; total: number }) {
  const hydrated = useHydrated();
  const [state, setState] = useState<State>({ kind: "idle" });
  const [announcement, setAnnouncement] = useState("");
  const lastAnnounced = useRef(0);

  const announce = (text: string, force = false) => {
    const now = Date.now();
    if (!force && now - lastAnnounced.current < ANNOUNCE_EVERY_MS) return;
    lastAnnounced.current = now;
    setAnnouncement(text);
  };

  async function build() {
    setState({ kind: "building", index: 0, total, current: null });
    announce(`Préparation du dossier ${year} : ${total} fichiers.`, true);
    try {
      const response = await fetch(href, { method: "POST", headers: { Accept: "application/x-ndjson" } });
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => null)) as { error?: string } | null;
        throw new Error(body?.error ?? FAILED);
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      let finished: Extract<Line, { type: "done" }> | null = null;
      for (;;) {
        const { value, done } = await reader.read();
        if (value) buffer += value;
        const lines = buffer.split("\n");
        buffer = lines.pop() ?? "";
        for (const raw of lines) {
          if (!raw.trim()) continue;
          const line = JSON.parse(raw) as Line;
          if (line.type === "file") {
            setState({ kind: "building", index: line.index, total: line.total, current: line.title });
            announce(`Fichier ${line.index} sur ${line.total} prêt.`);
          } else if (line.type === "error") {
            throw new Error(line.message);
          } else if (line.type === "done") {
            finished = line;
          }
        }
        if (done) break;
      }
      if (!finished) throw new Error(FAILED);
      setState({ kind: "done", total: finished.total, bytes: finished.bytes });
      announce(`Dossier prêt : ${finished.total} fichiers, ${megabytes(finished.bytes)}. Le téléchargement commence.`, true);
      window.location.assign(finished.href);
    } catch (error) {
      const message = error instanceof Error && error.message ? error.message : FAILED;
      setState({ kind: "error", message });
      announce(message, true);
    }
  }

  const building = state.kind === "building";
  return (
    <section aria-labelledby="telecharger-dossier" className="fr-mb-4w">
      <h2 id="telecharger-dossier">Télécharger</h2>
      <p>
        <a
          className="fr-btn fr-icon-download-line fr-btn--icon-left"
          href={href}
          download={fileName}
          aria-disabled={building || undefined}
          onClick={(event) => {
            // Before hydration the link downloads the streamed ZIP directly; after, the page shows the progress.
            if (!hydrated) return;
            event.preventDefault();
            if (!building) void build();
          }}
        >
          Télécharger le dossier {year} (ZIP, {total} fichiers)
        </a>
      </p>
      {state.kind !== "idle" && state.kind !== "error" && (
        <div className="fr-mb-2w">
          <label htmlFor="progression-dossier" className="fr-label">
            {state.kind === "building"
              ? `Préparation du dossier : fichier ${state.index} sur ${state.total}${state.current ? ` (${state.current})` : ""}`
              : `Dossier prêt : ${state.total} fichiers, ${megabytes(state.bytes)}`}
          </label>
          <progress id="progression-dossier" max={state.total} value={state.kind === "building" ? state.index : state.total} className="fr-mt-1w" style={{ width: "100%" }}>
            {state.kind === "building" ? `${state.index} sur ${state.total}` : "terminé"}
          </progress>
        </div>
      )}
      {state.kind === "error" && (
        <div className="fr-alert fr-alert--error fr-alert--sm fr-mb-2w">
          <p>{state.message}</p>
        </div>
      )}
      <p aria-live="polite" className="fr-sr-only">
        {announcement}
      </p>
    </section>
  );
}
