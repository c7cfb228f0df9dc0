"use client";
/**
 * The minutes editor: the header and closing (saved with a button), then one card per section
 * whose narrative, interventions and conclusions are saved automatically two seconds after
 * the last change ("Enregistré à 14h32", announced politely). Each section carries its own
 * version: when someone else saved it meanwhile, the save is refused, autosave stops for that
 * section, and what the user typed stays on screen with the French explanation.
 */
import { useCallback, useEffect, useId, useRef, useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useHydrated } from "@/components/ui/use-hydrated";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { RichTextEditor } from "@/components/rich-text/rich-text-editor";
import type { RichTextDocument } from "@/lib/rich-text";
import { formatTime } from "@/lib/format";
import { addMinutesSection, saveMinutesSection, updateMinutesHeader } from "@/lib/minutes/actions";
import { INTERVENTION_KIND_LABELS, INTERVENTION_KINDS, MINUTES_KIND_LABELS, type InterventionKind, type MinutesKind } from "@/lib/minutes/vocabulary";

export interface EditorAnswer {
  responderPersonId: string | null;
  responderLabel: string | null;
  text: string;
}
export interface EditorIntervention {
  id?: string;
  /** Client key for React lists (ids exist only once saved) */
  key: string;
  kind: InterventionKind;
  askerPersonId: string | null;
  askerOrganizationId: string | null;
  askerLabel: string | null;
  text: string;
  answers: (EditorAnswer & { key: string })[];
}
export interface EditorSection {
  id: string;
  title: string;
  presentation: string | null;
  body: RichTextDocument;
  conclusions: RichTextDocument;
  noQuestions: boolean;
  version: number;
  interventions: EditorIntervention[];
}

/** A saved intervention as the page passes it (the editor adds its list keys). */
export interface SavedIntervention {
  id: string;
  kind: InterventionKind;
  askerPersonId: string | null;
  askerOrganizationId: string | null;
  askerLabel: string | null;
  text: string;
  answers: EditorAnswer[];
}
export type EditorSectionInput = Omit<EditorSection, "interventions"> & { interventions: SavedIntervention[] };
export interface EditorHeader {
  kind: MinutesKind;
  issuingService: string;
  contactName: string;
  contactRole: string;
  contactPhone: string;
  contactEmail: string;
  issuedPlace: string;
  issuedOn: string;
  reference: string;
  chairText: string;
  signatoryName: string;
  signatoryTitle: string;
  signatoryDelegation: string;
  closingTime: string;
  closingText: string;
  nextSession: string;
  coverLetter: boolean;
  coverLetterText: string;
}

interface Choice {
  id: string;
  label: string;
}

const AUTOSAVE_DELAY_MS = 2000;
let keySeed = 0;
const newKey = () => `k${++keySeed}`;

export function MinutesEditor({
  minutesId,
  readUrl,
  historyUrl,
  header,
  headerVersion,
  sections,
  persons,
  organizations,
}: {
  minutesId: string;
  readUrl: string;
  /** `${historyUrl}/${sectionId}`: the section's history */
  historyUrl: string;
  header: EditorHeader;
  headerVersion: number;
  sections: EditorSectionInput[];
  persons: Choice[];
  organizations: Choice[];
}) {
  const [version, setVersion] = useState(headerVersion);
  return (
    <>
      <HeaderForm minutesId={minutesId} initial={header} version={version} onSaved={setVersion} />
      <h2 className="fr-mt-6w">Sections</h2>
      <p className="fr-text--sm">
        Chaque section s&apos;enregistre automatiquement deux secondes après votre dernière saisie. Le texte collé depuis Word est nettoyé (styles et
        mises en forme propres à Word retirés).
      </p>
      {sections.map((section, index) => (
        <SectionEditor key={section.id} index={index} initial={section} kind={header.kind} persons={persons} organizations={organizations} historyHref={`${historyUrl}/${section.id}`} />
      ))}
      <AddSection minutesId={minutesId} version={version} onAdded={setVersion} />
      <p className="fr-mt-4w">
        <Link href={readUrl} className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
          Relire le compte rendu mis en page
        </Link>
      </p>
    </>
  );
}

// ───────────────────────────── header ─────────────────────────────

function HeaderForm({ minutesId, initial, version, onSaved }: { minutesId: string; initial: EditorHeader; version: number; onSaved(version: number): void }) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ severity: "error" | "success"; text: string }>();
  const [pending, start] = useTransition();
  const hydrated = useHydrated();
  const set = <K extends keyof EditorHeader>(key: K, value: EditorHeader[K]) => setValues((v) => ({ ...v, [key]: value }));
  const field = (key: keyof EditorHeader, label: string, props: { type?: string; hint?: string; textArea?: boolean; maxLength?: number } = {}) => {
    const value = values[key] as string;
    const state = errors[key] ? ("error" as const) : ("default" as const);
    return props.textArea ? (
      <Input
        label={label}
        hintText={props.hint}
        textArea
        state={state}
        stateRelatedMessage={errors[key]}
        nativeTextAreaProps={{ name: key, value, rows: 3, maxLength: props.maxLength, onChange: (e) => set(key, e.target.value as never) }}
      />
    ) : (
      <Input
        label={label}
        hintText={props.hint}
        state={state}
        stateRelatedMessage={errors[key]}
        nativeInputProps={{ name: key, type: props.type ?? "text", value, maxLength: props.maxLength, onChange: (e) => set(key, e.target.value as never) }}
      />
    );
  };
  return (
    <form
      aria-labelledby="minutes-header-title"
      onSubmit={(event) => {
        event.preventDefault();
        start(async () => {
          const result = await updateMinutesHeader({ minutesId, version, ...values });
          if (!result.ok) {
            setErrors(Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([k, v]) => [k, v[0] ?? ""])));
            setMessage({ severity: "error", text: result.error });
            return;
          }
          setErrors({});
          onSaved(result.data.version);
          setMessage({ severity: "success", text: `En-tête et clôture enregistrés à ${formatTime(new Date(result.data.savedAt))}.` });
        });
      }}
    >
      <h2 id="minutes-header-title">En-tête, présidence et clôture</h2>
      <Select
        label="Type de document"
        nativeSelectProps={{ name: "kind", value: values.kind, onChange: (e) => set("kind", e.target.value as MinutesKind) }}
      >
        {(Object.keys(MINUTES_KIND_LABELS) as MinutesKind[]).map((k) => (
          <option key={k} value={k}>
            {MINUTES_KIND_LABELS[k]}
          </option>
        ))}
      </Select>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12">{field("issuingService", "Service émetteur", { hint: "Secrétariat général commun — Pôle … — Bureau …", maxLength: 500 })}</div>
        <div className="fr-col-12 fr-col-md-6">{field("contactName", "Affaire suivie par", { maxLength: 200 })}</div>
        <div className="fr-col-12 fr-col-md-6">{field("contactRole", "Fonction", { maxLength: 200 })}</div>
        <div className="fr-col-12 fr-col-md-6">{field("contactPhone", "Téléphone", { type: "tel", maxLength: 40 })}</div>
        <div className="fr-col-12 fr-col-md-6">{field("contactEmail", "Courriel", { type: "email", maxLength: 200 })}</div>
        <div className="fr-col-12 fr-col-md-6">{field("issuedPlace", "Lieu d'émission", { hint: "Par exemple : Poitiers", maxLength: 100 })}</div>
        <div className="fr-col-12 fr-col-md-6">{field("issuedOn", "Date d'émission", { type: "date", hint: "Fixée au plus tard à la validation" })}</div>
        <div className="fr-col-12">{field("reference", "Référence", { hint: "Par exemple : référentiel Qual-e-Pref du 19 décembre 2018", maxLength: 500 })}</div>
        <div className="fr-col-12">{field("chairText", "Présidence", { hint: "Tel qu'imprimé : Mme Chantal CASTELNOT, préfète de la Vienne", maxLength: 300 })}</div>
        <div className="fr-col-12 fr-col-md-4">{field("closingTime", "Heure de levée de séance", { type: "time", hint: "« la séance est levée à 15h50 »" })}</div>
        <div className="fr-col-12 fr-col-md-8">{field("nextSession", "Prochaine séance annoncée", { hint: "Par exemple : une prochaine session en 2022", maxLength: 300 })}</div>
        <div className="fr-col-12">{field("closingText", "Mot de clôture (facultatif)", { textArea: true, maxLength: 2000 })}</div>
        <div className="fr-col-12 fr-col-md-4">{field("signatoryDelegation", "Formule de délégation", { hint: "Vide si la préfète signe elle-même", maxLength: 200 })}</div>
        <div className="fr-col-12 fr-col-md-4">{field("signatoryTitle", "Qualité du signataire", { hint: "La secrétaire générale", maxLength: 200 })}</div>
        <div className="fr-col-12 fr-col-md-4">{field("signatoryName", "Nom du signataire", { maxLength: 200 })}</div>
      </div>
      <Checkbox
        options={[
          {
            label: "Joindre une lettre d'accompagnement en première page",
            nativeInputProps: { name: "coverLetter", checked: values.coverLetter, onChange: (e) => set("coverLetter", e.target.checked) },
          },
        ]}
      />
      {values.coverLetter && field("coverLetterText", "Texte de la lettre", { textArea: true, hint: "Madame, Monsieur, je vous prie de trouver ci-joint…", maxLength: 5000 })}
      {message && <Alert severity={message.severity} small description={message.text} className="fr-mb-2w" role={message.severity === "error" ? "alert" : "status"} />}
      <Button type="submit" disabled={pending || !hydrated}>
        Enregistrer l&apos;en-tête et la clôture
      </Button>
    </form>
  );
}

// ───────────────────────────── sections ─────────────────────────────

type SaveState = { kind: "idle" } | { kind: "dirty" } | { kind: "saving" } | { kind: "saved"; at: string } | { kind: "conflict"; message: string } | { kind: "error"; message: string; fields: Record<string, string[]> };

function SectionEditor({
  index,
  initial,
  kind,
  persons,
  organizations,
  historyHref,
}: {
  index: number;
  initial: EditorSectionInput;
  kind: MinutesKind;
  persons: Choice[];
  organizations: Choice[];
  historyHref: string;
}) {
  const router = useRouter();
  const [section, setSection] = useState<EditorSection>(() => ({ ...initial, interventions: toEditorInterventions(initial.interventions) }));
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(section);
  useEffect(() => {
    latest.current = section;
  }, [section]);
  const baseId = useId();
  const titleId = `${baseId}-title`;

  const save = useCallback(async () => {
    const current = latest.current;
    setState({ kind: "saving" });
    const result = await saveMinutesSection({
      sectionId: current.id,
      version: current.version,
      title: current.title,
      presentation: current.presentation,
      body: current.body,
      conclusions: current.conclusions,
      noQuestions: current.noQuestions,
      interventions: current.interventions.map(({ key: _key, answers, ...i }) => ({ ...i, answers: answers.map(({ key: _k, ...a }) => a) })),
    });
    if (!result.ok) {
      if (result.code === "CONFLICT") setState({ kind: "conflict", message: result.error });
      else setState({ kind: "error", message: result.error, fields: result.fieldErrors ?? {} });
      return;
    }
    const ids = result.data.interventionIds;
    setSection((s) => ({
      ...s,
      version: result.data.version,
      interventions: s.interventions.map((i, n) => ({ ...i, id: ids[n] ?? i.id })),
    }));
    // A change typed while saving keeps the section dirty (the next autosave takes it).
    setState((st) => (st.kind === "saving" ? { kind: "saved", at: formatTime(new Date(result.data.savedAt)) } : st));
  }, []);

  const update = (change: Partial<EditorSection>) => {
    setSection((s) => ({ ...s, ...change }));
    setState((st) => (st.kind === "conflict" ? st : { kind: "dirty" }));
  };

  useEffect(() => {
    if (state.kind !== "dirty") return;
    timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [state, section, save]);

  // Leaving with unsaved text asks first (the browser's own dialog).
  useEffect(() => {
    if (state.kind !== "dirty" && state.kind !== "saving" && state.kind !== "conflict") return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [state.kind]);

  const status =
    state.kind === "saved"
      ? `Enregistré à ${state.at}`
      : state.kind === "saving"
        ? "Enregistrement…"
        : state.kind === "dirty"
          ? "Modifications non enregistrées"
          : state.kind === "idle"
            ? "À jour"
            : "";
  const fieldError = (path: string) => (state.kind === "error" ? state.fields[path]?.[0] : undefined);

  return (
    <section className="fr-card fr-p-3w fr-mb-4w" aria-labelledby={titleId} id={`section-${section.id}`}>
      <h3 id={titleId} className="fr-h5">
        Section {index + 1} — {section.title}
      </h3>
      <p role="status" aria-live="polite" className="fr-text--sm fr-mb-1w">
        {status}
      </p>
      {state.kind === "conflict" && (
        <Alert
          severity="warning"
          title="Cette section a été modifiée par quelqu'un d'autre"
          description={
            <>
              <span>{state.message}</span>{" "}
              <Button size="small" priority="secondary" onClick={() => router.refresh()} className="fr-mt-1w">
                Charger la version enregistrée (votre saisie sera remplacée)
              </Button>
            </>
          }
          className="fr-mb-2w"
        />
      )}
      {state.kind === "error" && <Alert severity="error" small description={state.message} className="fr-mb-2w" role="alert" />}
      <Input
        label="Titre de la section"
        state={fieldError("title") ? "error" : "default"}
        stateRelatedMessage={fieldError("title")}
        nativeInputProps={{ value: section.title, maxLength: 300, onChange: (e) => update({ title: e.target.value }) }}
      />
      <Input
        label="Présentation"
        hintText="Présentation par Mme X (diaporama pages 6 et 7)"
        nativeInputProps={{ value: section.presentation ?? "", maxLength: 500, onChange: (e) => update({ presentation: e.target.value || null }) }}
      />
      {kind === "COMPTE_RENDU" && (
        <RichTextEditor id={`${baseId}-body`} label="Exposé" hint="Ce qui a été présenté et discuté" value={section.body} onChange={(body) => update({ body })} />
      )}
      {kind === "COMPTE_RENDU" && (
        <InterventionsEditor
          interventions={section.interventions}
          persons={persons}
          organizations={organizations}
          onChange={(interventions) => update({ interventions })}
          fieldError={fieldError}
        />
      )}
      {kind === "COMPTE_RENDU" && (
        <Checkbox
          options={[
            {
              label: "Aucune observation n'est formulée",
              hintText: "Imprimé tel quel : les membres n'ont posé aucune question sur ce point",
              nativeInputProps: { checked: section.noQuestions, onChange: (e) => update({ noQuestions: e.target.checked }) },
            },
          ]}
        />
      )}
      <RichTextEditor
        id={`${baseId}-conclusions`}
        label={kind === "COMPTE_RENDU" ? "Conclusions ou décisions (facultatif)" : "Conclusions et décisions"}
        value={section.conclusions}
        onChange={(conclusions) => update({ conclusions })}
      />
      <ul className="fr-btns-group fr-btns-group--inline-sm fr-mt-2w">
        <li>
          <Button size="small" priority="secondary" onClick={() => void save()} disabled={state.kind === "saving" || state.kind === "conflict"}>
            Enregistrer maintenant
          </Button>
        </li>
        <li>
          <Link className="fr-btn fr-btn--sm fr-btn--tertiary" href={historyHref}>
            Historique de la section
          </Link>
        </li>
      </ul>
    </section>
  );
}

function InterventionsEditor({
  interventions,
  persons,
  organizations,
  onChange,
  fieldError,
}: {
  interventions: EditorIntervention[];
  persons: Choice[];
  organizations: Choice[];
  onChange(next: EditorIntervention[]): void;
  fieldError(path: string): string | undefined;
}) {
  const [announce, setAnnounce] = useState("");
  const set = (index: number, change: Partial<EditorIntervention>) => onChange(interventions.map((i, n) => (n === index ? { ...i, ...change } : i)));
  return (
    <fieldset className="fr-fieldset fr-mt-2w">
      <legend className="fr-fieldset__legend">Interventions des membres et réponses</legend>
      {interventions.map((intervention, index) => {
        const path = `interventions.${index}`;
        const askerValue = intervention.askerPersonId ? `p:${intervention.askerPersonId}` : intervention.askerOrganizationId ? `o:${intervention.askerOrganizationId}` : intervention.askerLabel !== null ? "label" : "";
        return (
          <div key={intervention.key} className="fr-p-2w fr-mb-2w fr-background-alt--grey" role="group" aria-label={`Intervention ${index + 1}`}>
            <div className="fr-grid-row fr-grid-row--gutters">
              <div className="fr-col-12 fr-col-md-4">
                <Select label="Type" nativeSelectProps={{ value: intervention.kind, onChange: (e) => set(index, { kind: e.target.value as InterventionKind }) }}>
                  {INTERVENTION_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {INTERVENTION_KIND_LABELS[k]}
                    </option>
                  ))}
                </Select>
              </div>
              <div className="fr-col-12 fr-col-md-8">
                <Select
                  label="Qui intervient"
                  state={fieldError(`${path}.askerPersonId`) ? "error" : "default"}
                  stateRelatedMessage={fieldError(`${path}.askerPersonId`)}
                  nativeSelectProps={{
                    value: askerValue,
                    onChange: (e) => {
                      const v = e.target.value;
                      set(index, {
                        askerPersonId: v.startsWith("p:") ? v.slice(2) : null,
                        askerOrganizationId: v.startsWith("o:") ? v.slice(2) : null,
                        askerLabel: v === "label" ? (intervention.askerLabel ?? "") : null,
                      });
                    },
                  }}
                >
                  <option value="">Choisir…</option>
                  <optgroup label="Personnes">
                    {persons.map((p) => (
                      <option key={p.id} value={`p:${p.id}`}>
                        {p.label}
                      </option>
                    ))}
                  </optgroup>
                  <optgroup label="Organismes">
                    {organizations.map((o) => (
                      <option key={o.id} value={`o:${o.id}`}>
                        {o.label}
                      </option>
                    ))}
                  </optgroup>
                  <option value="label">Autre (saisir un libellé)</option>
                </Select>
              </div>
              {intervention.askerLabel !== null && (
                <div className="fr-col-12">
                  <Input label="Libellé de l'intervenant" hintText="Par exemple : un représentant des usagers" nativeInputProps={{ value: intervention.askerLabel, maxLength: 300, onChange: (e) => set(index, { askerLabel: e.target.value }) }} />
                </div>
              )}
            </div>
            <Input
              label="Intervention"
              textArea
              state={fieldError(`${path}.text`) ? "error" : "default"}
              stateRelatedMessage={fieldError(`${path}.text`)}
              nativeTextAreaProps={{ value: intervention.text, rows: 3, maxLength: 5000, onChange: (e) => set(index, { text: e.target.value }) }}
            />
            {intervention.answers.map((answer, aIndex) => (
              <div key={answer.key} className="fr-pl-3w" role="group" aria-label={`Réponse ${aIndex + 1} à l'intervention ${index + 1}`}>
                <Select
                  label={`Qui répond (réponse ${aIndex + 1})`}
                  state={fieldError(`${path}.answers.${aIndex}.responderPersonId`) ? "error" : "default"}
                  stateRelatedMessage={fieldError(`${path}.answers.${aIndex}.responderPersonId`)}
                  nativeSelectProps={{
                    value: answer.responderPersonId ? answer.responderPersonId : answer.responderLabel !== null ? "label" : "",
                    onChange: (e) => {
                      const v = e.target.value;
                      const answers = intervention.answers.map((a, n) =>
                        n === aIndex ? { ...a, responderPersonId: v && v !== "label" ? v : null, responderLabel: v === "label" ? (a.responderLabel ?? "") : null } : a,
                      );
                      set(index, { answers });
                    },
                  }}
                >
                  <option value="">Choisir…</option>
                  {persons.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.label}
                    </option>
                  ))}
                  <option value="label">Autre (saisir un libellé)</option>
                </Select>
                {answer.responderLabel !== null && (
                  <Input
                    label="Libellé de la personne qui répond"
                    nativeInputProps={{
                      value: answer.responderLabel,
                      maxLength: 300,
                      onChange: (e) => set(index, { answers: intervention.answers.map((a, n) => (n === aIndex ? { ...a, responderLabel: e.target.value } : a)) }),
                    }}
                  />
                )}
                <Input
                  label="Réponse"
                  textArea
                  state={fieldError(`${path}.answers.${aIndex}.text`) ? "error" : "default"}
                  stateRelatedMessage={fieldError(`${path}.answers.${aIndex}.text`)}
                  nativeTextAreaProps={{
                    value: answer.text,
                    rows: 3,
                    maxLength: 5000,
                    onChange: (e) => set(index, { answers: intervention.answers.map((a, n) => (n === aIndex ? { ...a, text: e.target.value } : a)) }),
                  }}
                />
                <Button
                  size="small"
                  priority="tertiary"
                  iconId="fr-icon-delete-line"
                  onClick={() => {
                    set(index, { answers: intervention.answers.filter((_, n) => n !== aIndex) });
                    setAnnounce(`Réponse ${aIndex + 1} supprimée.`);
                  }}
                >
                  Supprimer cette réponse
                </Button>
              </div>
            ))}
            <ul className="fr-btns-group fr-btns-group--inline-sm fr-mt-1w">
              <li>
                <Button
                  size="small"
                  priority="secondary"
                  onClick={() => {
                    set(index, { answers: [...intervention.answers, { key: newKey(), responderPersonId: null, responderLabel: null, text: "" }] });
                    setAnnounce(`Réponse ajoutée à l'intervention ${index + 1}.`);
                  }}
                >
                  Ajouter une réponse
                </Button>
              </li>
              <li>
                <Button
                  size="small"
                  priority="tertiary"
                  iconId="fr-icon-delete-line"
                  onClick={() => {
                    onChange(interventions.filter((_, n) => n !== index));
                    setAnnounce(`Intervention ${index + 1} supprimée.`);
                  }}
                >
                  Supprimer l&apos;intervention
                </Button>
              </li>
            </ul>
          </div>
        );
      })}
      <Button
        size="small"
        priority="secondary"
        iconId="fr-icon-add-line"
        onClick={() => {
          onChange([...interventions, { key: newKey(), kind: "QUESTION", askerPersonId: null, askerOrganizationId: null, askerLabel: null, text: "", answers: [] }]);
          setAnnounce(`Intervention ${interventions.length + 1} ajoutée.`);
        }}
      >
        Ajouter une intervention
      </Button>
      <p role="status" className="fr-sr-only">
        {announce}
      </p>
    </fieldset>
  );
}

function AddSection({ minutesId, version, onAdded }: { minutesId: string; version: number; onAdded(version: number): void }) {
  const router = useRouter();
  const [title, setTitle] = useState("");
  const [error, setError] = useState<string>();
  const [pending, start] = useTransition();
  const hydrated = useHydrated();
  return (
    <form
      className="fr-p-3w fr-background-alt--grey"
      aria-label="Ajouter une section"
      onSubmit={(event) => {
        event.preventDefault();
        start(async () => {
          const result = await addMinutesSection({ minutesId, version, title });
          if (!result.ok) {
            setError(result.fieldErrors?.title?.[0] ?? result.error);
            return;
          }
          setError(undefined);
          setTitle("");
          onAdded(result.data.version);
          router.refresh();
        });
      }}
    >
      <Input
        label="Ajouter une section hors ordre du jour"
        hintText="Par exemple : Questions diverses"
        state={error ? "error" : "default"}
        stateRelatedMessage={error}
        nativeInputProps={{ value: title, maxLength: 300, onChange: (e) => setTitle(e.target.value), required: true }}
      />
      <Button type="submit" disabled={pending || !hydrated} iconId="fr-icon-add-line">
        Ajouter la section
      </Button>
    </form>
  );
}

/** The saved interventions as editor state (client keys for the lists). */
function toEditorInterventions(interventions: SavedIntervention[]): EditorIntervention[] {
  return interventions.map((i) => ({ ...i, key: i.id, answers: i.answers.map((a, n) => ({ ...a, key: `${i.id}-${n}` })) }));
}
