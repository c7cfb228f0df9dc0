"use client";
/**
 * The rich-text editor of the minutes (Tiptap v3): exactly the nodes and marks the stored
 * format accepts (lib/rich-text/document.ts) — paragraphs, headings 3–4, lists, bold, italic,
 * underline, http(s)/mailto links, line breaks and tables — so what the editor lets you make is
 * what the DOCX, the PDF and the HTML view can print. Everything it emits goes through the
 * `richTextDocument` boundary first; text pasted from Word is cleaned before it is parsed.
 *
 * Accessibility: one labelled textbox (role, aria-multiline, label and hint tied by id), a
 * toolbar with a single tab stop and arrow keys (WAI-ARIA toolbar pattern), aria-pressed on
 * the active marks, a link form inline (not window.prompt) with a French error, and a polite
 * live region saying what table and link actions did.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import { StarterKit } from "@tiptap/starter-kit";
// A dependency of @tiptap/starter-kit, same version: imported to narrow what a list item holds.
import { ListItem } from "@tiptap/extension-list";
import { TableCell, TableHeader, TableKit } from "@tiptap/extension-table";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { isSafeHref, richTextDocument, type RichTextDocument } from "@/lib/rich-text/document";
import { cleanPastedHtml } from "@/lib/rich-text/paste";
import styles from "./rich-text-editor.module.css";

export interface RichTextEditorProps {
  /** Id of the editable area (the textbox); the label and hint ids derive from it. */
  id: string;
  label: string;
  hint?: string;
  value: RichTextDocument;
  onChange(doc: RichTextDocument): void;
  disabled?: boolean;
  /** Id(s) of more descriptions, e.g. the field's error message. */
  describedBy?: string;
}

/**
 * The editor's schema narrowed to the stored format: list items hold paragraphs and lists
 * (Tiptap allows any block), table cells hold paragraphs (no list, heading or table in a cell);
 * code, quotes, strike-through and rules are off. Links: http, https, mailto, never opened on
 * click while editing, no target (links open in the same tab).
 */
const EXTENSIONS = [
  StarterKit.configure({
    heading: { levels: [3, 4] },
    code: false,
    codeBlock: false,
    blockquote: false,
    strike: false,
    horizontalRule: false,
    listItem: false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: "https",
      isAllowedUri: (url) => isSafeHref(url),
      HTMLAttributes: { target: null, rel: "noopener" },
    },
  }),
  ListItem.extend({ content: "paragraph (paragraph | bulletList | orderedList)*" }),
  TableKit.configure({ table: { resizable: false }, tableCell: false, tableHeader: false }),
  TableCell.extend({ content: "paragraph+" }),
  TableHeader.extend({ content: "paragraph+" }),
];

/** ProseMirror needs at least one block; the stored empty document has none. */
const editorContent = (doc: RichTextDocument) => (doc.content.length ? doc : { type: "doc", content: [{ type: "paragraph" }] });

const LINK_ERROR = "Saisissez une adresse qui commence par https://, http:// ou mailto: (sans espace), par exemple https://www.service-public.fr.";

export function RichTextEditor({ id, label, hint, value, onChange, disabled = false, describedBy }: RichTextEditorProps) {
  const labelId = `${id}-label`;
  const hintId = `${id}-hint`;
  const describedByIds = [hint ? hintId : null, describedBy].filter(Boolean).join(" ");
  // The JSON last emitted, so a `value` that is only our own change echoed back is not reloaded.
  const lastEmitted = useRef(JSON.stringify(value));
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);
  const [announcement, setAnnouncement] = useState("");
  const [linkFormOpen, setLinkFormOpen] = useState(false);

  const attributes = {
    id,
    role: "textbox",
    "aria-multiline": "true",
    "aria-labelledby": labelId,
    ...(describedByIds ? { "aria-describedby": describedByIds } : {}),
    ...(disabled ? { "aria-readonly": "true" } : {}),
    class: styles.content ?? "",
  };

  const editor = useEditor({
    extensions: EXTENSIONS,
    content: editorContent(value),
    editable: !disabled,
    // Rendered on the client only: the server has no DOM to build the editor in.
    immediatelyRender: false,
    editorProps: { attributes, transformPastedHTML: cleanPastedHtml },
    onUpdate: ({ editor: current }) => {
      const parsed = richTextDocument.safeParse(current.getJSON());
      // The schema above only makes valid documents; if one ever is not, it is not emitted.
      if (!parsed.success) return;
      lastEmitted.current = JSON.stringify(parsed.data);
      onChangeRef.current(parsed.data);
    },
  });

  // A new value from outside (a reset, a reload after a conflict) replaces the content.
  useEffect(() => {
    if (!editor || JSON.stringify(value) === lastEmitted.current) return;
    lastEmitted.current = JSON.stringify(value);
    editor.commands.setContent(editorContent(value), { emitUpdate: false });
  }, [editor, value]);

  useEffect(() => {
    editor?.setEditable(!disabled, false);
  }, [editor, disabled]);

  // Ids of descriptions change (an error appears): keep the textbox's attributes in step.
  const attributesKey = JSON.stringify(attributes);
  useEffect(() => {
    if (!editor) return;
    editor.setOptions({ editorProps: { ...editor.options.editorProps, attributes: JSON.parse(attributesKey) as Record<string, string> } });
  }, [editor, attributesKey]);

  const say = (message: string) => {
    // Emptied first so the same sentence twice is read twice.
    setAnnouncement("");
    requestAnimationFrame(() => setAnnouncement(message));
  };

  return (
    <div className="fr-input-group">
      <p className="fr-label fr-mb-1w">
        {/* Not a <label>: the textbox is not a form control; a click still puts the caret in it. */}
        <span id={labelId} onClick={() => editor?.commands.focus()}>
          {label}
        </span>
        {hint && (
          <span className="fr-hint-text" id={hintId}>
            {hint}
          </span>
        )}
      </p>
      <Toolbar editor={editor} label={label} controls={id} disabled={disabled} linkFormOpen={linkFormOpen} onToggleLink={() => setLinkFormOpen((open) => !open)} say={say} />
      {editor && linkFormOpen && (
        <LinkForm
          editor={editor}
          onClose={(message) => {
            setLinkFormOpen(false);
            if (message) say(message);
            editor.commands.focus();
          }}
        />
      )}
      <EditorContent editor={editor} />
      {!editor && <div className={styles.content} aria-hidden="true" />}
      <p className="fr-sr-only" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

interface ToolbarProps {
  editor: Editor | null;
  label: string;
  controls: string;
  disabled: boolean;
  linkFormOpen: boolean;
  onToggleLink(): void;
  say(message: string): void;
}

type ToolButton = {
  key: string;
  name: string;
  icon?: Parameters<typeof Button>[0]["iconId"];
  pressed?: boolean;
  expanded?: boolean;
  enabled: boolean;
  run(): void;
};

function Toolbar({ editor, label, controls, disabled, linkFormOpen, onToggleLink, say }: ToolbarProps) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      e && {
        bold: e.isActive("bold"),
        italic: e.isActive("italic"),
        underline: e.isActive("underline"),
        h3: e.isActive("heading", { level: 3 }),
        h4: e.isActive("heading", { level: 4 }),
        bullet: e.isActive("bulletList"),
        ordered: e.isActive("orderedList"),
        link: e.isActive("link"),
        canInsertTable: e.can().insertTable({ rows: 2, cols: 2, withHeaderRow: true }),
        canAddRow: e.can().addRowAfter(),
        canAddColumn: e.can().addColumnAfter(),
        canDeleteTable: e.can().deleteTable(),
      },
  });
  const [current, setCurrent] = useState("bold");
  const toolbar = useRef<HTMLDivElement>(null);
  const ready = !!editor && !!state && !disabled;
  const chain = () => editor!.chain().focus();

  const groups: ToolButton[][] = [
    [
      { key: "bold", name: "Gras", icon: "fr-icon-bold", pressed: state?.bold, enabled: ready, run: () => chain().toggleBold().run() },
      { key: "italic", name: "Italique", icon: "fr-icon-italic", pressed: state?.italic, enabled: ready, run: () => chain().toggleItalic().run() },
      { key: "underline", name: "Souligné", icon: "fr-icon-underline", pressed: state?.underline, enabled: ready, run: () => chain().toggleUnderline().run() },
    ],
    [
      { key: "h3", name: "Titre", icon: "fr-icon-h-3", pressed: state?.h3, enabled: ready, run: () => chain().toggleHeading({ level: 3 }).run() },
      { key: "h4", name: "Sous-titre", icon: "fr-icon-h-4", pressed: state?.h4, enabled: ready, run: () => chain().toggleHeading({ level: 4 }).run() },
      { key: "bullet", name: "Liste à puces", icon: "fr-icon-list-unordered", pressed: state?.bullet, enabled: ready, run: () => chain().toggleBulletList().run() },
      { key: "ordered", name: "Liste numérotée", icon: "fr-icon-list-ordered", pressed: state?.ordered, enabled: ready, run: () => chain().toggleOrderedList().run() },
      { key: "link", name: "Lien", icon: "fr-icon-link", pressed: state?.link, expanded: linkFormOpen, enabled: ready, run: onToggleLink },
    ],
    [
      {
        key: "table",
        name: "Insérer un tableau",
        icon: "fr-icon-table-2",
        enabled: ready && !!state?.canInsertTable,
        run: () => {
          chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run();
          say("Tableau de 3 lignes et 3 colonnes inséré, première ligne d'en-têtes. Tabulation passe à la cellule suivante.");
        },
      },
      { key: "row", name: "Ajouter une ligne", enabled: ready && !!state?.canAddRow, run: () => chain().addRowAfter().run() && say("Ligne ajoutée sous la ligne courante.") },
      { key: "column", name: "Ajouter une colonne", enabled: ready && !!state?.canAddColumn, run: () => chain().addColumnAfter().run() && say("Colonne ajoutée à droite de la colonne courante.") },
      { key: "delete", name: "Supprimer le tableau", enabled: ready && !!state?.canDeleteTable, run: () => chain().deleteTable().run() && say("Tableau supprimé.") },
    ],
  ];
  const buttons = groups.flat();
  // One tab stop: the last button used, or the first one when that one is now disabled.
  const tabStop = buttons.find((b) => b.key === current && b.enabled)?.key ?? buttons.find((b) => b.enabled)?.key;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const enabled = Array.from(toolbar.current?.querySelectorAll<HTMLButtonElement>("button:not(:disabled)") ?? []);
    const at = enabled.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: enabled.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    enabled[(next + enabled.length) % enabled.length]?.focus();
  };

  const render = (b: ToolButton): ReactNode => {
    const common = {
      // react-dsfr leaves type unset, and a button without a type submits the page's form.
      type: "button" as const,
      priority: "tertiary" as const,
      size: "small" as const,
      disabled: !b.enabled,
      onClick: b.run,
      nativeButtonProps: {
        tabIndex: b.key === tabStop ? 0 : -1,
        onFocus: () => setCurrent(b.key),
        ...(b.pressed !== undefined ? { "aria-pressed": b.pressed } : {}),
        ...(b.expanded !== undefined ? { "aria-expanded": b.expanded } : {}),
      },
    };
    // Formatting buttons show their usual icon with the name as tooltip and accessible name;
    // table actions have no well-known icon, so they show their name.
    if (!b.icon)
      return (
        <Button key={b.key} {...common}>
          {b.name}
        </Button>
      );
    return b.key === "table" ? (
      <Button key={b.key} {...common} iconId={b.icon}>
        {b.name}
      </Button>
    ) : (
      <Button key={b.key} {...common} iconId={b.icon} title={b.name} />
    );
  };

  return (
    <div ref={toolbar} role="toolbar" aria-label={`Mise en forme : ${label}`} aria-controls={controls} className={`${styles.toolbar} fr-mb-1w`} onKeyDown={onKeyDown}>
      {groups.map((group, g) => [g > 0 && <span key={`sep-${g}`} className={styles.separator} aria-hidden="true" />, ...group.map(render)])}
    </div>
  );
}

/** Address of the link on the selection (or of a new link, its text being the address). */
function LinkForm({ editor, onClose }: { editor: Editor; onClose(message?: string): void }) {
  const inputId = useId();
  const existing = (editor.getAttributes("link").href as string | undefined) ?? "";
  const [href, setHref] = useState(existing);
  const [error, setError] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const apply = () => {
    const url = href.trim();
    if (!isSafeHref(url)) {
      setError(LINK_ERROR);
      input.current?.focus();
      return;
    }
    if (editor.state.selection.empty && !editor.isActive("link")) {
      editor.chain().focus().insertContent({ type: "text", text: url, marks: [{ type: "link", attrs: { href: url } }] }).run();
    } else {
      editor.chain().focus().extendMarkRange("link").setLink({ href: url }).run();
    }
    onClose(existing ? "Lien modifié." : "Lien ajouté.");
  };
  const remove = () => {
    editor.chain().focus().extendMarkRange("link").unsetLink().run();
    onClose("Lien retiré.");
  };

  // Not a <form>: the editor usually sits inside the page's form, and forms do not nest.
  return (
    <div role="group" aria-label="Lien" className={`${styles.linkForm} fr-mb-1w`}>
      <Input
        label="Adresse du lien"
        hintText="https://…, http://… ou mailto:…"
        {...(error ? { state: "error" as const, stateRelatedMessage: error } : {})}
        nativeInputProps={{
          id: inputId,
          ref: input,
          type: "url",
          inputMode: "url",
          autoComplete: "url",
          value: href,
          onChange: (e) => {
            setHref(e.target.value);
            setError(undefined);
          },
          onKeyDown: (e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              apply();
            } else if (e.key === "Escape") {
              e.preventDefault();
              onClose();
            }
          },
        }}
      />
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
        <li>
          <Button type="button" size="small" onClick={apply}>
            {existing ? "Modifier le lien" : "Ajouter le lien"}
          </Button>
        </li>
        {existing && (
          <li>
            <Button type="button" size="small" priority="secondary" onClick={remove}>
              Retirer le lien
            </Button>
          </li>
        )}
        <li>
          <Button type="button" size="small" priority="tertiary" onClick={() => onClose()}>
            Annuler
          </Button>
        </li>
      </ul>
    </div>
  );
}
