/**
 * Action-plan reads (domain.md §8). Every query carries the prefecture in its where clause,
 * and what the caller may see (actionReadWhere): referents, staff and the national level read
 * the whole plan; a member reads the actions not tied to a meeting (the prefecture's plan)
 * and those born in meetings of their own committees that are not drafts — the same rule as
 * the meetings they may open. Results are serialisable (ISO dates, words computed here).
 */
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, meetingReadScope, type Actor } from "@/lib/auth/policy";
import { dayOf } from "@/lib/periods";
import { formatCount, formatDate, formatLongDate, formatPersonName } from "@/lib/format";
import { getIndicatorYear } from "@/lib/indicators/queries";
import { periodLongLabel } from "@/lib/indicators/domain";
import { INTERVENTION_KIND_LABELS } from "@/lib/minutes/vocabulary";
import { askerName } from "@/lib/minutes/domain";
import { REQUEST_CHANNEL_LABELS, REQUEST_TYPE_LABELS } from "@/lib/register/vocabulary";
import { SURVEY_AUDIENCE_LABELS } from "@/lib/surveys/vocabulary";
import { columnsToLevel } from "@/lib/quality/domain";
import {
  auditActionTitle,
  auditInWords,
  dueInWords,
  indicatorActionTitle,
  interventionActionTitle,
  isOverdue,
  requestRecordActionTitle,
  selfAssessmentActionTitle,
  surveyActionTitle,
  actionOwnerText,
} from "./domain";
import type { ActionSourceIds } from "./schemas";
import { ACTION_ORIGIN_LABELS, ACTION_STATUS_LABELS, OPEN_STATUSES, type ActionOrigin, type ActionStatus } from "./vocabulary";

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Today in Paris, "YYYY-MM-DD": the day overdue actions are judged on. */
export function actionPlanToday(now: Date = new Date()): string {
  return isoDay(dayOf(now));
}

/** What of a prefecture's plan an actor may read, as a `where` (null: nothing). */
export function actionReadWhere(actor: Actor | null, prefectureId: string): Prisma.ImprovementActionWhereInput | null {
  const scope = meetingReadScope(actor, prefectureId);
  if (!scope) return null;
  if (scope.committees === "all") return { prefectureId };
  return { prefectureId, OR: [{ meetingId: null }, { meeting: { committeeId: { in: scope.committees }, status: { not: "DRAFT" } } }] };
}

export interface ActionSource {
  /** "Question de Mme X (UDAF), séance du jeudi 6 mai 2021" */
  text: string;
  /** Where the source is shown, when it has a page */
  href: string | null;
}

export interface ActionListItem {
  id: string;
  version: number;
  title: string;
  origin: ActionOrigin;
  originText: string;
  source: ActionSource | null;
  status: ActionStatus;
  statusText: string;
  /** "YYYY-MM-DD" */
  dueOn: string | null;
  dueText: string;
  overdue: boolean;
  owner: string | null;
  engagements: { id: string; code: string; title: string }[];
  updatedAt: string;
}

export interface ProgressNoteView {
  id: string;
  body: string;
  at: string;
  author: string | null;
}

export interface ActionDetail extends ActionListItem {
  description: string | null;
  result: string | null;
  ownerStructureId: string | null;
  ownerPersonId: string | null;
  ownerLabel: string | null;
  notes: ProgressNoteView[];
}

const personName = { civility: true, firstName: true, lastName: true } as const;

const actionSelect = {
  id: true,
  version: true,
  title: true,
  description: true,
  origin: true,
  status: true,
  result: true,
  dueOn: true,
  ownerLabel: true,
  ownerStructureId: true,
  ownerPersonId: true,
  createdAt: true,
  updatedAt: true,
  meetingId: true,
  requestRecordId: true,
  surveyId: true,
  auditId: true,
  selfAssessmentId: true,
  ownerStructure: { select: { name: true, shortName: true } },
  ownerPerson: { select: personName },
  meeting: { select: { id: true, startsAt: true, committee: { select: { name: true } } } },
  intervention: {
    select: {
      id: true,
      kind: true,
      text: true,
      sectionId: true,
      askerLabel: true,
      askerPerson: { select: { ...personName, organization: { select: { name: true } } } },
      askerOrganization: { select: { name: true } },
      section: { select: { minutes: { select: { meetingId: true, meeting: { select: { startsAt: true } } } } } },
    },
  },
  indicatorValue: { select: { year: true, period: true, periodicity: true, scope: true, definition: { select: { code: true } }, definitionVersion: { select: { label: true } } } },
  survey: { select: { id: true, title: true, year: true } },
  requestRecord: { select: { id: true, reference: true, type: true, subject: true, receivedOn: true } },
  audit: { select: { id: true, kind: true, heldOn: true, auditor: true } },
  selfAssessment: {
    select: {
      id: true,
      campaign: true,
      structure: { select: { name: true, shortName: true } },
      engagement: { select: { code: true, title: true, frameworkVersion: { select: { framework: { select: { name: true } } } } } },
    },
  },
  engagements: { select: { engagement: { select: { id: true, code: true, title: true } } }, orderBy: { engagement: { code: "asc" } } },
} satisfies Prisma.ImprovementActionSelect;

type ActionRow = Prisma.ImprovementActionGetPayload<{ select: typeof actionSelect }>;

/**
 * The register holds users' personal data: who may not read it (members) is told an action
 * came from it, with the day, but neither its subject nor a link they could not open.
 */
function requestRecordSource(code: string, r: NonNullable<ActionRow["requestRecord"]>, canReadRegister: boolean): ActionSource {
  if (!canReadRegister) return { text: `Registre : ${REQUEST_TYPE_LABELS[r.type].toLowerCase()} reçue le ${formatDate(r.receivedOn)}`, href: null };
  return { text: `Registre : ${r.reference ? `${r.reference} — ` : ""}${r.subject} (reçue le ${formatDate(r.receivedOn)})`, href: `/${code}/registre/${r.id}/modifier` };
}

function surveySource(code: string, s: NonNullable<ActionRow["survey"]>): ActionSource {
  return { text: `Enquête : ${s.title} (${s.year})`, href: `/${code}/enquetes/${s.id}` };
}

function auditSource(code: string, a: NonNullable<ActionRow["audit"]>): ActionSource {
  return { text: `${auditInWords(a)}${a.auditor ? ` (${a.auditor})` : ""}`, href: `/${code}/demarche-qualite` };
}

function selfAssessmentSource(code: string, a: NonNullable<ActionRow["selfAssessment"]>): ActionSource {
  const structure = a.structure.shortName ?? a.structure.name;
  return {
    text: `Auto-évaluation ${a.engagement.frameworkVersion.framework.name} ${a.campaign} : ${structure} — ${a.engagement.code} ${a.engagement.title}`,
    href: `/${code}/demarche-qualite/auto-evaluation/${a.campaign}`,
  };
}

function sourceOf(code: string, a: ActionRow, canReadRegister: boolean): ActionSource | null {
  if (a.intervention) {
    const meeting = a.intervention.section.minutes;
    return {
      text: `${INTERVENTION_KIND_LABELS[a.intervention.kind]} de ${askerName(a.intervention)}, séance du ${formatLongDate(meeting.meeting.startsAt)}`,
      href: `/${code}/seances/${meeting.meetingId}/compte-rendu#section-${a.intervention.sectionId}`,
    };
  }
  if (a.indicatorValue) {
    const v = a.indicatorValue;
    const scope = v.scope ? ` (${v.scope})` : "";
    return { text: `${v.definitionVersion.label}${scope} — ${periodLongLabel(v.periodicity, v.period, v.year)}`, href: `/${code}/indicateurs/${v.definition.code}?annee=${v.year}` };
  }
  if (a.requestRecord) return requestRecordSource(code, a.requestRecord, canReadRegister);
  if (a.survey) return surveySource(code, a.survey);
  if (a.audit) return auditSource(code, a.audit);
  if (a.selfAssessment) return selfAssessmentSource(code, a.selfAssessment);
  if (a.meeting) return { text: `${a.meeting.committee.name}, séance du ${formatLongDate(a.meeting.startsAt)}`, href: `/${code}/seances/${a.meeting.id}` };
  return null;
}

/** Whether the caller may read the register of the prefecture (the sources say more then). */
function readsRegister(actor: Actor | null, prefectureId: string): boolean {
  return can(actor, "register.manage", { kind: "prefecture", prefectureId });
}

function toListItem(code: string, a: ActionRow, today: string, canReadRegister: boolean): ActionListItem {
  const dueOn = a.dueOn ? isoDay(a.dueOn) : null;
  const facts = { status: a.status, dueOn };
  return {
    id: a.id,
    version: a.version,
    title: a.title,
    origin: a.origin,
    originText: ACTION_ORIGIN_LABELS[a.origin],
    source: sourceOf(code, a, canReadRegister),
    status: a.status,
    statusText: ACTION_STATUS_LABELS[a.status],
    dueOn,
    dueText: dueInWords(facts, today),
    overdue: isOverdue(facts, today),
    owner: actionOwnerText(a),
    engagements: a.engagements.map((e) => e.engagement),
    updatedAt: a.updatedAt.toISOString(),
  };
}

export interface ActionPlanFilters {
  status?: ActionStatus;
  origin?: ActionOrigin;
  /** "s:<structure id>", "p:<person id>" or "l:<label>" */
  owner?: string;
  overdueOnly?: boolean;
}

function ownerWhere(owner: string | undefined): Prisma.ImprovementActionWhereInput {
  if (!owner) return {};
  const value = owner.slice(2);
  if (owner.startsWith("s:")) return { ownerStructureId: value };
  if (owner.startsWith("p:")) return { ownerPersonId: value };
  return { ownerLabel: value };
}

/** The plan of a prefecture as the caller may see it, filtered in SQL; late actions first by due date. */
export async function findActionPlan(code: string, prefectureId: string, actor: Actor | null, filters: ActionPlanFilters = {}, today = actionPlanToday()): Promise<ActionListItem[]> {
  const visible = actionReadWhere(actor, prefectureId);
  if (!visible) return [];
  const rows = await db.improvementAction.findMany({
    where: {
      AND: [
        visible,
        filters.status ? { status: filters.status } : {},
        filters.origin ? { origin: filters.origin } : {},
        ownerWhere(filters.owner),
        filters.overdueOnly ? { status: { in: [...OPEN_STATUSES] }, dueOn: { lt: new Date(`${today}T00:00:00Z`) } } : {},
      ],
    },
    select: actionSelect,
    orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
  });
  const canReadRegister = readsRegister(actor, prefectureId);
  return rows.map((r) => toListItem(code, r, today, canReadRegister));
}

/** The owners named in a prefecture's plan, for the filter: structures, persons, then free labels. */
export async function findActionOwners(prefectureId: string): Promise<{ value: string; label: string }[]> {
  const rows = await db.improvementAction.findMany({
    where: { prefectureId },
    select: { ownerStructureId: true, ownerPersonId: true, ownerLabel: true, ownerStructure: { select: { name: true } }, ownerPerson: { select: personName } },
  });
  const owners = new Map<string, string>();
  for (const r of rows) {
    if (r.ownerStructureId && r.ownerStructure) owners.set(`s:${r.ownerStructureId}`, r.ownerStructure.name);
    if (r.ownerPersonId && r.ownerPerson) owners.set(`p:${r.ownerPersonId}`, formatPersonName(r.ownerPerson));
    if (r.ownerLabel) owners.set(`l:${r.ownerLabel}`, r.ownerLabel);
  }
  return [...owners].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, "fr"));
}

/** One action with its notes (newest first), or null when it is not the caller's to read. */
export async function findActionDetail(code: string, prefectureId: string, actor: Actor | null, id: string, today = actionPlanToday()): Promise<ActionDetail | null> {
  const visible = actionReadWhere(actor, prefectureId);
  if (!visible) return null;
  const row = await db.improvementAction.findFirst({
    where: { AND: [visible, { id }] },
    select: { ...actionSelect, progressNotes: { orderBy: { createdAt: "desc" }, select: { id: true, body: true, createdAt: true, author: { select: { name: true } } } } },
  });
  if (!row) return null;
  return {
    ...toListItem(code, row, today, readsRegister(actor, prefectureId)),
    description: row.description,
    result: row.result,
    ownerStructureId: row.ownerStructureId,
    ownerPersonId: row.ownerPersonId,
    ownerLabel: row.ownerLabel,
    notes: row.progressNotes.map((n) => ({ id: n.id, body: n.body, at: n.createdAt.toISOString(), author: n.author?.name ?? null })),
  };
}

export interface ActionFormChoices {
  structures: { id: string; label: string }[];
  persons: { id: string; label: string }[];
  engagements: { id: string; label: string }[];
}

/** Owners and engagements the form offers: the prefecture's structures and persons, the national and own referentials' engagements. */
export async function findActionFormChoices(prefectureId: string): Promise<ActionFormChoices> {
  const [structures, persons, engagements] = await Promise.all([
    db.structure.findMany({ where: { prefectureId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.person.findMany({
      where: { prefectureId },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
      select: { id: true, ...personName, function: true, organization: { select: { name: true } } },
    }),
    db.engagement.findMany({
      where: { frameworkVersion: { framework: { OR: [{ prefectureId: null }, { prefectureId }] } } },
      orderBy: [{ frameworkVersion: { framework: { code: "asc" } } }, { frameworkVersion: { publishedOn: "desc" } }, { number: "asc" }, { code: "asc" }],
      select: { id: true, code: true, title: true, frameworkVersion: { select: { label: true, framework: { select: { name: true } } } } },
    }),
  ]);
  return {
    structures: structures.map((s) => ({ id: s.id, label: s.name })),
    persons: persons.map((p) => ({ id: p.id, label: [formatPersonName(p), p.organization?.name ?? p.function].filter(Boolean).join(", ") })),
    engagements: engagements.map((e) => ({ id: e.id, label: `${e.code} — ${e.title} (${e.frameworkVersion.framework.name} ${e.frameworkVersion.label})` })),
  };
}

/** What "Créer une action" from a source fills the form with. */
export interface ActionPrefill extends ActionSourceIds {
  origin: "INDICATOR" | "INTERVENTION" | "REQUEST_RECORD" | "SURVEY" | "AUDIT_FINDING" | "SELF_ASSESSMENT";
  title: string;
  description: string | null;
  /** Engagements the action serves from the start (a self-assessed engagement) */
  engagementIds: string[];
  source: ActionSource;
}

const NO_SOURCE: ActionSourceIds = { interventionId: null, indicatorValueId: null, requestRecordId: null, surveyId: null, auditId: null, selfAssessmentId: null };

/**
 * From a period of the indicator grid: its figure and target as the grid computes them
 * (getIndicatorYear: one formula, one target rule). Null when the value is not the prefecture's.
 */
export async function prefillFromIndicatorValue(code: string, prefectureId: string, indicatorValueId: string): Promise<ActionPrefill | null> {
  const value = await db.indicatorValue.findFirst({
    where: { id: indicatorValueId, prefectureId },
    select: { id: true, year: true, period: true, periodicity: true, scope: true, value: true, definitionId: true, definition: { select: { code: true } }, definitionVersion: { select: { label: true, unit: true, precision: true } } },
  });
  if (!value) return null;
  const year = await getIndicatorYear(prefectureId, value.year);
  const indicator = year.indicators.find((i) => i.definitionId === value.definitionId);
  const period = indicator?.series.find((s) => s.scope === value.scope)?.periods.find((p) => p.period === value.period);
  const title = indicatorActionTitle({
    label: indicator?.label ?? value.definitionVersion.label,
    unit: indicator?.unit ?? value.definitionVersion.unit,
    precision: indicator?.precision ?? value.definitionVersion.precision,
    periodicity: value.periodicity,
    period: value.period,
    year: value.year,
    scope: value.scope,
    value: period ? period.value : (value.value?.toNumber() ?? null),
    target: indicator?.target ?? null,
  });
  const periodText = periodLongLabel(value.periodicity, value.period, value.year);
  return {
    origin: "INDICATOR",
    title,
    description: null,
    ...NO_SOURCE,
    indicatorValueId: value.id,
    engagementIds: [],
    source: { text: `${indicator?.label ?? value.definitionVersion.label}${value.scope ? ` (${value.scope})` : ""} — ${periodText}`, href: `/${code}/indicateurs/${value.definition.code}?annee=${value.year}` },
  };
}

/** From a question of the minutes: its text and asker. Null when the intervention is not the prefecture's. */
export async function prefillFromIntervention(code: string, prefectureId: string, interventionId: string): Promise<ActionPrefill | null> {
  const i = await db.intervention.findFirst({
    where: { id: interventionId, section: { minutes: { meeting: { prefectureId } } } },
    select: actionSelect.intervention.select,
  });
  if (!i) return null;
  const meeting = i.section.minutes;
  const asker = askerName(i);
  return {
    origin: "INTERVENTION",
    title: interventionActionTitle(i.text),
    description: `${INTERVENTION_KIND_LABELS[i.kind]} de ${asker} en séance du ${formatLongDate(meeting.meeting.startsAt)} : « ${i.text} »`,
    ...NO_SOURCE,
    interventionId: i.id,
    engagementIds: [],
    source: {
      text: `${INTERVENTION_KIND_LABELS[i.kind]} de ${asker}, séance du ${formatLongDate(meeting.meeting.startsAt)}`,
      href: `/${code}/seances/${meeting.meetingId}/compte-rendu#section-${i.sectionId}`,
    },
  };
}

/** From an entry of the register (page of a referent or an agent). Null when the entry is not the prefecture's. */
export async function prefillFromRequestRecord(code: string, prefectureId: string, requestRecordId: string): Promise<ActionPrefill | null> {
  const r = await db.requestRecord.findFirst({ where: { id: requestRecordId, prefectureId }, select: { ...actionSelect.requestRecord.select, channel: true, service: true } });
  if (!r) return null;
  const service = r.service ? `, ${r.service}` : "";
  return {
    origin: "REQUEST_RECORD",
    title: requestRecordActionTitle(r),
    description: `${REQUEST_TYPE_LABELS[r.type]}${r.reference ? ` ${r.reference}` : ""} reçue le ${formatLongDate(r.receivedOn)} (${REQUEST_CHANNEL_LABELS[r.channel].toLowerCase()}${service}) : « ${r.subject} »`,
    ...NO_SOURCE,
    requestRecordId: r.id,
    engagementIds: [],
    source: requestRecordSource(code, r, true),
  };
}

/** From a survey and its response rate. Null when the survey is not the prefecture's. */
export async function prefillFromSurvey(code: string, prefectureId: string, surveyId: string): Promise<ActionPrefill | null> {
  const survey = await db.survey.findFirst({ where: { id: surveyId, prefectureId }, select: { ...actionSelect.survey.select, audience: true, respondentsCount: true, recipientsCount: true } });
  if (!survey) return null;
  const respondents = formatCount(survey.respondentsCount, "réponse", "réponses");
  const recipients = survey.recipientsCount ? ` sur ${formatCount(survey.recipientsCount, "destinataire", "destinataires")}` : "";
  return {
    origin: "SURVEY",
    title: surveyActionTitle(survey),
    description: `Enquête « ${survey.title} » ${survey.year} (${SURVEY_AUDIENCE_LABELS[survey.audience].toLowerCase()}) : ${respondents}${recipients}.`,
    ...NO_SOURCE,
    surveyId: survey.id,
    engagementIds: [],
    source: surveySource(code, survey),
  };
}

/** From an audit and its findings. Null when the audit is not the prefecture's. */
export async function prefillFromAudit(code: string, prefectureId: string, auditId: string): Promise<ActionPrefill | null> {
  const audit = await db.audit.findFirst({ where: { id: auditId, prefectureId }, select: { ...actionSelect.audit.select, findings: true } });
  if (!audit) return null;
  const findings = audit.findings?.trim();
  return {
    origin: "AUDIT_FINDING",
    title: auditActionTitle(audit),
    description: findings ? `Constat de l'${auditInWords(audit).charAt(0).toLowerCase()}${auditInWords(audit).slice(1)} : « ${findings} »` : null,
    ...NO_SOURCE,
    auditId: audit.id,
    engagementIds: [],
    source: auditSource(code, audit),
  };
}

/** From a structure's self-assessment of an engagement: the engagement is served from the start. Null when not the prefecture's. */
export async function prefillFromSelfAssessment(code: string, prefectureId: string, selfAssessmentId: string): Promise<ActionPrefill | null> {
  const a = await db.selfAssessment.findFirst({
    where: { id: selfAssessmentId, prefectureId },
    select: { ...actionSelect.selfAssessment.select, engagementId: true, met: true, score: true, comment: true },
  });
  if (!a) return null;
  const level = columnsToLevel({ met: a.met, score: a.score?.toNumber() ?? null });
  const structure = a.structure.shortName ?? a.structure.name;
  const comment = a.comment?.trim();
  return {
    origin: "SELF_ASSESSMENT",
    title: selfAssessmentActionTitle({ structure, engagement: a.engagement.title, level, campaign: a.campaign }),
    description: comment ? `Auto-évaluation ${a.campaign} de ${structure}, engagement ${a.engagement.code} : « ${comment} »` : null,
    ...NO_SOURCE,
    selfAssessmentId: a.id,
    engagementIds: [a.engagementId],
    source: selfAssessmentSource(code, a),
  };
}

/** The pre-fill of /plan-actions/nouvelle from its query string (the first source given); null for none or another prefecture's. */
export async function prefillFromSearch(
  code: string,
  prefectureId: string,
  search: { indicateur?: string; intervention?: string; demande?: string; enquete?: string; audit?: string; autoEvaluation?: string },
): Promise<ActionPrefill | null> {
  if (search.indicateur) return prefillFromIndicatorValue(code, prefectureId, search.indicateur);
  if (search.intervention) return prefillFromIntervention(code, prefectureId, search.intervention);
  if (search.demande) return prefillFromRequestRecord(code, prefectureId, search.demande);
  if (search.enquete) return prefillFromSurvey(code, prefectureId, search.enquete);
  if (search.audit) return prefillFromAudit(code, prefectureId, search.audit);
  if (search.autoEvaluation) return prefillFromSelfAssessment(code, prefectureId, search.autoEvaluation);
  return null;
}

/** Actions born of the caller's own questions in the minutes (what a member follows). */
export async function findActionsFromOwnQuestions(code: string, prefectureId: string, actor: Actor, today = actionPlanToday()): Promise<ActionListItem[]> {
  const visible = actionReadWhere(actor, prefectureId);
  if (!visible) return [];
  const rows = await db.improvementAction.findMany({
    where: { AND: [visible, { intervention: { askerPerson: { userId: actor.userId } } }] },
    select: actionSelect,
    orderBy: { createdAt: "desc" },
  });
  const canReadRegister = readsRegister(actor, prefectureId);
  return rows.map((r) => toListItem(code, r, today, canReadRegister));
}

export interface ActionLink {
  id: string;
  title: string;
  status: ActionStatus;
  statusText: string;
  href: string;
  /** The intervention or indicator value the action was created from */
  interventionId: string | null;
  indicatorValueId: string | null;
}

/**
 * The other way of the link: the actions the caller may see that were created from given
 * interventions (the minutes) or indicator values (the grid, the indicator page), so those
 * screens can print "Action : … (En cours)" beside their source. One query for a whole page.
 */
export async function findActionLinks(
  code: string,
  prefectureId: string,
  actor: Actor | null,
  sources: { interventionIds?: readonly string[]; indicatorValueIds?: readonly string[] },
): Promise<ActionLink[]> {
  const visible = actionReadWhere(actor, prefectureId);
  const interventionIds = [...(sources.interventionIds ?? [])];
  const indicatorValueIds = [...(sources.indicatorValueIds ?? [])];
  if (!visible || interventionIds.length + indicatorValueIds.length === 0) return [];
  const rows = await db.improvementAction.findMany({
    where: { AND: [visible, { OR: [{ interventionId: { in: interventionIds } }, { indicatorValueId: { in: indicatorValueIds } }] }] },
    select: { id: true, title: true, status: true, interventionId: true, indicatorValueId: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => ({ ...r, statusText: ACTION_STATUS_LABELS[r.status], href: `/${code}/plan-actions/${r.id}` }));
}

/** An action created from a register entry, a survey, an audit or a self-assessment, with that source's id. */
export interface OriginActionLink {
  id: string;
  title: string;
  status: ActionStatus;
  statusText: string;
  href: string;
  requestRecordId: string | null;
  surveyId: string | null;
  auditId: string | null;
  selfAssessmentId: string | null;
}

/**
 * The same link back for the other sources: the actions the caller may see that were created
 * from given register entries, surveys, audits or self-assessments (the register's list and
 * entry page, a survey's page, the audits and the self-assessment grid). One query per page.
 */
export async function findOriginActionLinks(
  code: string,
  prefectureId: string,
  actor: Actor | null,
  sources: { requestRecordIds?: readonly string[]; surveyIds?: readonly string[]; auditIds?: readonly string[]; selfAssessmentIds?: readonly string[] },
): Promise<OriginActionLink[]> {
  const visible = actionReadWhere(actor, prefectureId);
  const or: Prisma.ImprovementActionWhereInput[] = [];
  if (sources.requestRecordIds?.length) or.push({ requestRecordId: { in: [...sources.requestRecordIds] } });
  if (sources.surveyIds?.length) or.push({ surveyId: { in: [...sources.surveyIds] } });
  if (sources.auditIds?.length) or.push({ auditId: { in: [...sources.auditIds] } });
  if (sources.selfAssessmentIds?.length) or.push({ selfAssessmentId: { in: [...sources.selfAssessmentIds] } });
  if (!visible || or.length === 0) return [];
  const rows = await db.improvementAction.findMany({
    where: { AND: [visible, { OR: or }] },
    select: { id: true, title: true, status: true, requestRecordId: true, surveyId: true, auditId: true, selfAssessmentId: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => ({ ...r, statusText: ACTION_STATUS_LABELS[r.status], href: `/${code}/plan-actions/${r.id}` }));
}
