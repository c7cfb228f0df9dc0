"use client";
/**
 * The agenda editor: numbered items and sub-items, reordered with buttons that work with the
 * keyboard as with the mouse (focus stays on the moved item), added and edited inline. After
 * each change the keyboard lands somewhere useful (the edited item, the "add" field, the
 * neighbour of a deleted item) and a polite live region says what happened and where
 * ("Point « … » ajouté en position 3"), once the refreshed agenda is on screen.
 */
import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { addActionPlanReview, addAgendaItem, deleteAgendaItem, moveAgendaItem, updateAgendaItem } from "@/lib/meetings/actions";
import { agendaItemSchema, type AgendaItemFields, type AgendaItemInput } from "@/lib/meetings/schemas";
import { applyServerErrors } from "@/components/ui/form-errors";

export interface AgendaEditorItem {
  id: string;
  number: string;
  heading: string;
  title: string;
  depth: number;
  version: number;
  presenters: string[];
  slideReference: string | null;
  plannedMinutes: number | null;
  theme: string | null;
  isActionPlanReview: boolean;
  documents: { id: string; title: string }[];
  children: AgendaEditorItem[];
}

type Move = "up" | "down" | "indent" | "outdent";

/** What was just done, to be said once the refreshed agenda is shown. */
type Change =
  | { kind: "add" | "update"; id: string; title: string }
  | { kind: "move"; id: string; title: string; how: Move }
  | { kind: "delete"; title: string; withChildren: boolean };

const NEW_ITEM_FIELD = "new-title";

/** Where an item sits now: its position among its siblings (from 1) and its parent, if any. */
function placeOf(items: AgendaEditorItem[], id: string): { position: number; parent: AgendaEditorItem | null } | null {
  const top = items.findIndex((i) => i.id === id);
  if (top >= 0) return { position: top + 1, parent: null };
  for (const parent of items) {
    const index = parent.children.findIndex((c) => c.id === id);
    if (index >= 0) return { position: index + 1, parent };
  }
  return null;
}

/** The sentence for the live region, read against the agenda as it now is. */
function describeAgendaChange(change: Change, items: AgendaEditorItem[]): string {
  if (change.kind === "delete") return `Point « ${change.title} »${change.withChildren ? " et ses sous-points" : ""} supprimé${change.withChildren ? "s" : ""}.`;
  const place = placeOf(items, change.id);
  const under = place?.parent ? ` sous le point « ${place.parent.heading} »` : "";
  const noun = place?.parent ? "Sous-point" : "Point";
  if (!place) return `Point « ${change.title} » enregistré.`;
  switch (change.kind) {
    case "add":
      return `${noun} « ${change.title} » ajouté en position ${place.position}${under}.`;
    case "update":
      return `${noun} « ${change.title} » enregistré.`;
    case "move":
      if (change.how === "indent") return `Point « ${change.title} » devenu sous-point, en position ${place.position}${under}.`;
      if (change.how === "outdent") return `Point « ${change.title} » devenu point principal, en position ${place.position}.`;
      return `${noun} « ${change.title} » déplacé en position ${place.position}${under}.`;
  }
}

export function AgendaEditor({
  meetingId,
  code,
  items,
  presenterSuggestions = [],
  canManage,
  totalLabel,
  warning,
}: {
  meetingId: string;
  code: string;
  items: AgendaEditorItem[];
  presenterSuggestions?: string[];
  canManage: boolean;
  totalLabel: string | null;
  warning: string | null;
}) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [editing, setEditing] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const refocus = useRef<string | null>(null);
  const change = useRef<Change | null>(null);
  const live = useRef<HTMLParagraphElement>(null);

  // Once the refreshed agenda arrives, say what changed (the region is written directly:
  // emptied first, so the same sentence twice is read twice).
  useEffect(() => {
    const done = change.current;
    const region = live.current;
    if (!done || !region) return;
    change.current = null;
    const message = describeAgendaChange(done, items);
    region.textContent = "";
    requestAnimationFrame(() => {
      region.textContent = message;
    });
  }, [items]);

  // After a move, keep the keyboard on the moved item: the same button, or — when it is now
  // disabled (the item reached the top or the bottom) — the next usable one of that item.
  // After an edit, on the item's "Modifier"; after an addition, in the "add" field.
  useEffect(() => {
    if (!refocus.current) return;
    if (refocus.current === NEW_ITEM_FIELD) {
      document.getElementById(NEW_ITEM_FIELD)?.focus();
      refocus.current = null;
      return;
    }
    const [id, how] = refocus.current.split(":");
    const order = [how, ...["up", "down", "indent", "outdent", "edit"].filter((k) => k !== how)];
    for (const key of order) {
      const button = document.querySelector<HTMLButtonElement>(`[data-focus-key="${id}:${key}"]`);
      if (button && !button.disabled) {
        button.focus();
        refocus.current = null;
        return;
      }
    }
  });

  const flat = items.flatMap((i) => [i, ...i.children]);

  const run = <T,>(fn: () => Promise<{ ok: true; data: T } | { ok: false; error: string }>, after: (data: T) => { focus: string; change: Change }) =>
    startTransition(async () => {
      setError(undefined);
      const result = await fn();
      if (!result.ok) {
        setError(result.error);
        return;
      }
      const next = after(result.data);
      refocus.current = next.focus;
      change.current = next.change;
      router.refresh();
    });

  const move = (item: AgendaEditorItem, how: Move) =>
    run(
      () => moveAgendaItem({ id: item.id, move: how }),
      () => ({ focus: `${item.id}:${how}`, change: { kind: "move", id: item.id, title: item.title, how } }),
    );
  const remove = (item: AgendaEditorItem, siblings: AgendaEditorItem[], index: number) => {
    if (!window.confirm(`Supprimer le point « ${item.heading} »${item.children.length ? " et ses sous-points" : ""} ?`)) return;
    // The keyboard goes to the next item at that level, else the previous one, else the
    // parent, else the "add" field.
    const neighbour = siblings[index + 1] ?? siblings[index - 1] ?? flat.find((p) => p.children.some((c) => c.id === item.id));
    run(
      () => deleteAgendaItem({ id: item.id }),
      () => ({
        focus: neighbour ? `${neighbour.id}:edit` : NEW_ITEM_FIELD,
        change: { kind: "delete", title: item.title, withChildren: item.children.length > 0 },
      }),
    );
  };
  const saved = (kind: "add" | "update", saved: { id: string; title: string }) => {
    refocus.current = kind === "add" ? NEW_ITEM_FIELD : `${saved.id}:edit`;
    change.current = { kind, ...saved };
    if (kind === "update") setEditing(null);
    router.refresh();
  };

  const parents = items.filter((i) => !i.isActionPlanReview);

  const renderItem = (item: AgendaEditorItem, index: number, siblings: AgendaEditorItem[]) => (
    <li key={item.id} className={item.depth === 0 ? "fr-mb-2w" : "fr-mb-1w"}>
      <div className="fr-grid-row fr-grid-row--middle">
        <div className="fr-col">
          <p className={item.depth === 0 ? "fr-text--bold fr-mb-0" : "fr-mb-0"}>{item.heading}</p>
          {(item.presenters.length > 0 || item.slideReference || item.plannedMinutes) && (
            <p className="fr-text--sm fr-mb-0">
              {item.presenters.length > 0 && <>Présentation par {item.presenters.join(", ")}</>}
              {item.slideReference && <> ({item.slideReference})</>}
              {item.plannedMinutes ? <> — {item.plannedMinutes} min</> : null}
            </p>
          )}
          {item.documents.length > 0 && (
            <p className="fr-text--sm fr-mb-0">
              Documents :{" "}
              {item.documents.map((d, i) => (
                <span key={d.id}>
                  {i > 0 && ", "}
                  <a href={`/${code}/documents/${d.id}`}>{d.title}</a>
                </span>
              ))}
            </p>
          )}
        </div>
        {canManage && (
          <div className="fr-col-auto">
            <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-btns-group--icon-left" aria-label={`Actions sur le point ${item.number}`}>
              <li>
                <Button size="small" priority="tertiary" iconId="fr-icon-arrow-up-line" title={`Monter le point ${item.number}`} disabled={pending || index === 0} data-focus-key={`${item.id}:up`} onClick={() => move(item, "up")}>
                  Monter
                </Button>
              </li>
              <li>
                <Button size="small" priority="tertiary" iconId="fr-icon-arrow-down-line" title={`Descendre le point ${item.number}`} disabled={pending || index === siblings.length - 1} data-focus-key={`${item.id}:down`} onClick={() => move(item, "down")}>
                  Descendre
                </Button>
              </li>
              {item.depth === 0 ? (
                <li>
                  <Button size="small" priority="tertiary" iconId="fr-icon-arrow-right-line" title={`Faire du point ${item.number} un sous-point du précédent`} disabled={pending || index === 0 || item.children.length > 0} data-focus-key={`${item.id}:indent`} onClick={() => move(item, "indent")}>
                    En sous-point
                  </Button>
                </li>
              ) : (
                <li>
                  <Button size="small" priority="tertiary" iconId="fr-icon-arrow-left-line" title={`Faire du sous-point ${item.number} un point principal`} disabled={pending} data-focus-key={`${item.id}:outdent`} onClick={() => move(item, "outdent")}>
                    En point principal
                  </Button>
                </li>
              )}
              <li>
                <Button
                  size="small"
                  priority="tertiary"
                  iconId="fr-icon-edit-line"
                  title={`Modifier le point ${item.number}`}
                  data-focus-key={`${item.id}:edit`}
                  aria-expanded={editing === item.id}
                  onClick={() => setEditing(editing === item.id ? null : item.id)}
                >
                  Modifier
                </Button>
              </li>
              <li>
                <Button size="small" priority="tertiary" iconId="fr-icon-delete-line" title={`Supprimer le point ${item.number}`} disabled={pending} onClick={() => remove(item, siblings, index)}>
                  Supprimer
                </Button>
              </li>
            </ul>
          </div>
        )}
      </div>
      {editing === item.id && (
        <AgendaItemForm
          meetingId={meetingId}
          item={item}
          onDone={(done) => saved("update", done)}
          onCancel={() => {
            refocus.current = `${item.id}:edit`;
            setEditing(null);
          }}
        />
      )}
      {item.children.length > 0 && <ol className="fr-raw-list fr-ml-4w fr-mt-1w">{item.children.map((c, i) => renderItem(c, i, item.children))}</ol>}
    </li>
  );

  return (
    <div>
      <div aria-live="polite">{error && <Alert severity="error" small description={error} className="fr-mb-2w" />}</div>
      <p ref={live} className="fr-sr-only" aria-live="polite" />
      {items.length === 0 ? <p>L&apos;ordre du jour est vide.</p> : <ol className="fr-raw-list">{items.map((item, i) => renderItem(item, i, items))}</ol>}
      {totalLabel && <p className="fr-text--sm">Durée prévue : {totalLabel}</p>}
      {warning && <Alert severity="warning" small description={warning} className="fr-mb-2w" />}
      {canManage && (
        <>
          {/* One list for every "Présentation par" field: the prefecture's persons */}
          <datalist id="presenter-suggestions">
            {presenterSuggestions.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
          <h3 className="fr-h6 fr-mt-3w">Ajouter un point</h3>
          <AgendaItemForm meetingId={meetingId} parents={parents.map((p) => ({ id: p.id, label: p.heading }))} onDone={(done) => saved("add", done)} />
          {!flat.some((i) => i.isActionPlanReview) && (
            <Button priority="secondary" className="fr-mt-2w" iconId="fr-icon-list-ordered" disabled={pending} onClick={() =>
                run(
                  () => addActionPlanReview({ meetingId }),
                  (data) => ({ focus: NEW_ITEM_FIELD, change: { kind: "add", id: data.id, title: "Suivi du plan d'actions" } }),
                )
              }
            >
              Ajouter « Suivi du plan d&apos;actions »
            </Button>
          )}
        </>
      )}
    </div>
  );
}

function AgendaItemForm({
  meetingId,
  item,
  parents,
  onDone,
  onCancel,
}: {
  meetingId: string;
  item?: AgendaEditorItem;
  parents?: { id: string; label: string }[];
  onDone: (saved: { id: string; title: string }) => void;
  /** Editing only: close the form without saving. */
  onCancel?: () => void;
}) {
  const [error, setError] = useState<string>();
  const form = useForm<AgendaItemInput, unknown, AgendaItemFields>({
    resolver: zodResolver(agendaItemSchema),
    defaultValues: {
      meetingId,
      parentId: null,
      title: item?.title ?? "",
      presenters: item?.presenters.join("; ") ?? "",
      slideReference: item?.slideReference ?? "",
      plannedMinutes: item?.plannedMinutes ?? "",
      theme: item?.theme ?? "",
    },
  });
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = form;
  const prefix = item ? `edit-${item.id}` : "new";

  // An edit form opens with the keyboard in its first field.
  const editing = !!item;
  useEffect(() => {
    if (editing) form.setFocus("title");
  }, [editing, form]);

  const onSubmit = handleSubmit(async (values) => {
    setError(undefined);
    const result = item
      ? await updateAgendaItem({ ...values, id: item.id, version: item.version })
      : await addAgendaItem({ ...values, parentId: values.parentId ?? null });
    if (!result.ok) {
      setError(result.error);
      applyServerErrors(form, result.fieldErrors);
      return;
    }
    if (!item) reset({ ...values, title: "", presenters: "", slideReference: "", plannedMinutes: "", theme: "" });
    onDone({ id: result.data.id, title: values.title });
  });
  const state = (message?: string) => (message ? ({ state: "error", stateRelatedMessage: message } as const) : {});

  return (
    <form onSubmit={onSubmit} noValidate className="fr-p-2w fr-background-alt--grey fr-mb-2w" aria-label={item ? `Modifier le point ${item.number}` : "Ajouter un point"}>
      {error && <Alert severity="error" small description={error} className="fr-mb-2w" />}
      <Input label="Intitulé" {...state(errors.title?.message)} nativeInputProps={{ ...register("title"), id: `${prefix}-title` }} />
      {parents && parents.length > 0 && (
        <Select label="Placer sous le point (sous-point)" hint="Laisser vide pour un point principal" nativeSelectProps={register("parentId")}>
          <option value="">Point principal</option>
          {parents.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </Select>
      )}
      <Input
        label="Présentation par"
        hintText="Choisissez une personne dans la liste ou saisissez un texte libre ; plusieurs intervenants séparés par « ; »"
        {...state(errors.presenters?.message)}
        nativeInputProps={{ ...register("presenters"), id: `${prefix}-presenters`, list: "presenter-suggestions", autoComplete: "off" }}
      />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-5">
          <Input label="Référence du diaporama" hintText="Par exemple : Diaporama pages 8 à 10" {...state(errors.slideReference?.message)} nativeInputProps={{ ...register("slideReference"), id: `${prefix}-slides` }} />
        </div>
        <div className="fr-col-6 fr-col-md-3">
          <Input label="Durée prévue (min)" {...state(errors.plannedMinutes?.message)} nativeInputProps={{ ...register("plannedMinutes"), inputMode: "numeric", id: `${prefix}-minutes` }} />
        </div>
        <div className="fr-col-6 fr-col-md-4">
          <Input label="Thème" hintText="Qual-e-Pref, SP+, titres…" {...state(errors.theme?.message)} nativeInputProps={{ ...register("theme"), id: `${prefix}-theme` }} />
        </div>
      </div>
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
        <li>
          <Button type="submit" size="small" disabled={isSubmitting}>
            {item ? "Enregistrer le point" : "Ajouter le point"}
          </Button>
        </li>
        {onCancel && (
          <li>
            <Button type="button" size="small" priority="secondary" onClick={onCancel}>
              Annuler
            </Button>
          </li>
        )}
      </ul>
    </form>
  );
}
