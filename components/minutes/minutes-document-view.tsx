/**
 * The minutes for reading online (members' space, review page, public page), rendered from the
 * same `MinutesDocument` as the DOCX and the PDF. The page owns the h1 (the document's title);
 * here the outline goes on from h2: participants, agenda, one h2 per agenda item and one h3 per
 * sub-item, so a screen reader's heading list is the table of contents.
 * A relevé de conclusions prints only each item's conclusions, as on paper.
 *
 * Server component: no hooks, no client JavaScript. `sectionFooter` lets the review page put its
 * (client) comments block under each section.
 */
import { type ReactNode } from "react";
import { Summary } from "@codegouvfr/react-dsfr/Summary";
import { RichTextView } from "@/components/rich-text/rich-text-view";
import type {
  MinutesAgendaEntry,
  MinutesAttendanceGroup,
  MinutesAttendanceLine,
  MinutesDocument,
  MinutesInterventionModel,
  MinutesFollowUp,
  MinutesSectionModel,
} from "@/lib/minutes/domain";
import { isEmptyDocument } from "@/lib/rich-text/document";

export interface MinutesDocumentViewProps {
  document: MinutesDocument;
  /** Rendered at the end of each section (e.g. the review comments of that section). */
  sectionFooter?: (sectionId: string) => ReactNode;
  /** Rendered under each intervention (the actions it led to, "Créer une action"). */
  interventionFooter?: (interventionId: string) => ReactNode;
}

/** The anchor of a section, for links from comments, e-mails and the table of contents. */
export const sectionAnchor = (sectionId: string) => `section-${sectionId}`;

/** "I – Titre", "a) Titre", "Point 1 – Titre": a number ending in punctuation takes no dash (as the DOCX prints it). */
function numberedTitle(number: string | null, title: string): string {
  const n = number?.trim();
  if (!n) return title;
  return /[).:–—-]$/u.test(n) ? `${n} ${title}` : `${n} – ${title}`;
}

const isConclusionsOnly = (document: MinutesDocument) => document.kind === "RELEVE_DE_CONCLUSIONS";

export function MinutesDocumentView({ document, sectionFooter, interventionFooter }: MinutesDocumentViewProps) {
  return (
    <div>
      {document.correction && <CorrectionNotice line={document.correction.line} />}
      <Envelope document={document} />
      <MeetingFacts document={document} />
      {document.attendance.length > 0 && <Attendance groups={document.attendance} />}
      {document.agenda.length > 0 && (
        <>
          <h2>Ordre du jour</h2>
          <AgendaList entries={document.agenda} />
        </>
      )}
      {document.sections.map((section) => (
        <Section
          key={section.id}
          section={section}
          conclusionsOnly={isConclusionsOnly(document)}
          followUp={document.followUp?.sectionId === section.id ? document.followUp : null}
          footer={sectionFooter?.(section.id)}
          interventionFooter={interventionFooter}
        />
      ))}
      {document.followUp && !document.sections.some((s) => s.id === document.followUp?.sectionId) && (
        <section className="fr-mb-4w">
          <h2>Suivi du plan d&apos;actions</h2>
          <FollowUpRecord followUp={document.followUp} Sub="h3" />
        </section>
      )}
      <Closing document={document} />
    </div>
  );
}

function CorrectionNotice({ line }: { line: string }) {
  // A badge in words, not a colour alone, says this is a corrected version.
  return (
    <div className="fr-callout fr-mb-3w">
      <p className="fr-callout__text fr-text--md">
        <span className="fr-badge fr-badge--info fr-badge--sm fr-mr-1w">Version corrigée</span>
        {line}
      </p>
    </div>
  );
}

function Envelope({ document }: { document: MinutesDocument }) {
  const { issuingService, contact, issuedLine, reference } = document;
  if (!issuingService && !contact && !issuedLine && !reference) return null;
  return (
    <div className="fr-text--sm fr-mb-3w">
      {issuingService && <p className="fr-mb-1v">{issuingService}</p>}
      {contact && (
        <p className="fr-mb-1v">
          Affaire suivie par : {contact.name}
          {contact.role && <>, {contact.role}</>}
          {contact.phone && <> — Tél. : {contact.phone}</>}
          {contact.email && (
            <>
              {" "}
              — Courriel : <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </>
          )}
        </p>
      )}
      {issuedLine && <p className="fr-mb-1v">{issuedLine}</p>}
      {reference && <p className="fr-mb-1v">Référence : {reference}</p>}
    </div>
  );
}

function MeetingFacts({ document }: { document: MinutesDocument }) {
  const { dateLine, placeLine } = document.meeting;
  return (
    <div className="fr-mb-3w">
      <p className="fr-mb-1w">
        Séance du {dateLine}
        {placeLine && <>, {placeLine}</>}.
      </p>
      {document.chair && <p>Présidence : {document.chair}</p>}
    </div>
  );
}

function attendanceText(line: MinutesAttendanceLine): string {
  let out = line.name;
  if (line.detail) out += `, ${line.detail}`;
  if (line.note) out += line.note.startsWith("(") ? ` ${line.note}` : `, ${line.note}`;
  return out;
}

function Attendance({ groups }: { groups: MinutesAttendanceGroup[] }) {
  return (
    <>
      <h2>Participants</h2>
      {groups.map((group, g) => (
        <div key={g}>
          <h3>{group.heading}</h3>
          {group.colleges.map((college, c) => (
            <div key={c}>
              {college.heading && <h4 className="fr-text--md">{college.heading}</h4>}
              <ul>
                {college.lines.map((line, l) => (
                  <li key={l}>{attendanceText(line)}</li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      ))}
    </>
  );
}

/** The numbers are printed as in the document ("II", "a)", "Point 1"), not by the browser. */
function AgendaList({ entries, nested = false }: { entries: MinutesAgendaEntry[]; nested?: boolean }) {
  return (
    <ol className={nested ? "fr-raw-list fr-ml-3w" : "fr-raw-list fr-mb-3w"}>
      {entries.map((entry, i) => (
        <li key={i} className="fr-mb-1v">
          {nested ? numberedTitle(entry.number, entry.title) : <strong>{numberedTitle(entry.number, entry.title)}</strong>}
          {entry.children.length > 0 && <AgendaList entries={entry.children} nested />}
        </li>
      ))}
    </ol>
  );
}

function Section({
  section,
  conclusionsOnly,
  followUp,
  footer,
  interventionFooter,
}: {
  section: MinutesSectionModel;
  conclusionsOnly: boolean;
  followUp: MinutesFollowUp | null;
  footer: ReactNode;
  interventionFooter?: (interventionId: string) => ReactNode;
}) {
  const Heading = section.depth === 1 ? "h2" : "h3";
  const Sub = section.depth === 1 ? "h3" : "h4";
  // Stored headings are levels 3–4 under an h2: one level deeper under an h3.
  const offset = section.depth - 1;
  const hasConclusions = !isEmptyDocument(section.conclusions);
  // No aria-labelledby: a named <section> is a landmark, and twenty landmarks would drown the
  // page's own; the heading is how a screen reader moves between sections.
  return (
    <section id={sectionAnchor(section.id)} className="fr-mb-4w">
      <Heading id={`${sectionAnchor(section.id)}-title`}>{numberedTitle(section.number, section.title)}</Heading>
      {conclusionsOnly ? (
        hasConclusions ? <RichTextView document={section.conclusions} headingOffset={offset} /> : <p>Aucune conclusion n&apos;est consignée pour ce point.</p>
      ) : (
        <>
          {section.presentation && (
            <p>
              <em>{section.presentation}</em>
            </p>
          )}
          <RichTextView document={section.body} headingOffset={offset} />
          {section.interventions.length > 0 && <Interventions interventions={section.interventions} footer={interventionFooter} />}
          {section.noQuestions && section.interventions.length === 0 && <p>Aucune observation n&apos;est formulée.</p>}
          {hasConclusions && (
            <>
              <Sub>Conclusions</Sub>
              <RichTextView document={section.conclusions} headingOffset={offset + 1} />
            </>
          )}
        </>
      )}
      {followUp && <FollowUpRecord followUp={followUp} Sub={Sub} />}
      {footer}
    </section>
  );
}

/** The "Suivi du plan d'actions" as the record prints it (lib/follow-up, frozen at validation). */
function FollowUpRecord({ followUp, Sub }: { followUp: MinutesFollowUp; Sub: "h3" | "h4" }) {
  const empty = followUp.groups.length === 0 && followUp.openQuestions.length === 0;
  return (
    <div className="fr-mb-2w">
      <p>
        <em>{followUp.windowText}.</em>
      </p>
      {empty && <p>Aucune action du plan ni question en attente.</p>}
      {followUp.groups.map((group) => (
        <div key={group.label}>
          <Sub>{group.label}</Sub>
          <ul>
            {group.actions.map((action, i) => (
              <li key={i}>
                <strong>{action.title}</strong> — {action.detail}
                {action.note && (
                  <>
                    <br />
                    {action.note}
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {followUp.openQuestions.length > 0 && (
        <>
          <Sub>Questions restées sans réponse</Sub>
          <ul>
            {followUp.openQuestions.map((q, i) => (
              <li key={i}>
                <strong>{q.lead}</strong> : {q.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function Interventions({ interventions, footer }: { interventions: MinutesInterventionModel[]; footer?: (interventionId: string) => ReactNode }) {
  return (
    <ul className="fr-raw-list">
      {interventions.map((intervention) => (
        <li key={intervention.id} className="fr-mb-2w">
          <p className="fr-mb-1w">
            <strong>{intervention.asker}</strong>{" "}
            <span className="fr-badge fr-badge--sm fr-badge--no-icon">{intervention.kindLabel}</span> : {intervention.text}
          </p>
          {intervention.answers.map((answer, a) => (
            <p key={a} className="fr-ml-3w fr-mb-1w">
              Réponse de {answer.responder} : {answer.text}
            </p>
          ))}
          {footer?.(intervention.id)}
        </li>
      ))}
    </ul>
  );
}

function Closing({ document }: { document: MinutesDocument }) {
  const { closingLine, closingText, nextSession } = document.closing;
  const { signatory, annexes } = document;
  return (
    <>
      {closingLine && <p>{closingLine}</p>}
      {closingText && <p>{closingText}</p>}
      {nextSession && <p>{nextSession}</p>}
      {signatory && (
        <p className="fr-mt-4w">
          {signatory.delegation && (
            <>
              {signatory.delegation}
              <br />
            </>
          )}
          {signatory.title}
          <br />
          <strong>{signatory.name}</strong>
        </p>
      )}
      {annexes.length > 0 && (
        <>
          <h2>{annexes.length > 1 ? "Annexes" : "Annexe"}</h2>
          <ul>
            {annexes.map((annex, i) => (
              <li key={i}>{annex}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** A DSFR summary linking to each section (sub-items nested under their item). */
export function MinutesTableOfContents({ document }: { document: MinutesDocument }) {
  type Link = { text: string; linkProps: { href: string }; subLinks?: Link[] };
  const links: Link[] = [];
  for (const section of document.sections) {
    const link: Link = { text: numberedTitle(section.number, section.title), linkProps: { href: `#${sectionAnchor(section.id)}` } };
    const parent = links[links.length - 1];
    if (section.depth === 2 && parent) (parent.subLinks ??= []).push(link);
    else links.push(link);
  }
  if (links.length === 0) return null;
  return <Summary className="fr-mb-4w" title="Sommaire" links={links} />;
}
