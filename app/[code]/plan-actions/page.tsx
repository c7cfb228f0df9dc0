import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/policy";
import { formatCount } from "@/lib/format";
import { requirePrefectureAccess } from "@/lib/prefectures/loaders";
import { actionPlanToday, findActionOwners, findActionPlan, findActionsFromOwnQuestions } from "@/lib/action-plan/queries";
import { actionPlanSearchSchema } from "@/lib/action-plan/schemas";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { ActionFilters } from "@/components/action-plan/action-filters";
import { ActionTable } from "@/components/action-plan/action-table";
import { ActionBoard } from "@/components/action-plan/action-board";

export const metadata: Metadata = { title: "Plan d'actions" };

export default async function ActionPlanPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { code } = await params;
  // Members read the plan (results.read); referents and staff manage it.
  const { actor, prefecture } = await requirePrefectureAccess(code, "results.read");
  const canManage = can(actor, "actionPlan.manage", { kind: "prefecture", prefectureId: prefecture.id });
  const search = actionPlanSearchSchema.parse(await searchParams);
  const today = actionPlanToday();
  const board = search.vue === "tableau";
  const [actions, owners, fromOwnQuestions] = await Promise.all([
    findActionPlan(code, prefecture.id, actor, { status: search.statut, origin: search.origine, owner: search.pilote, overdueOnly: search.retard === "1" }, today),
    findActionOwners(prefecture.id),
    findActionsFromOwnQuestions(code, prefecture.id, actor, today),
  ]);
  const query = (vue: "liste" | "tableau") => {
    const q = new URLSearchParams();
    if (vue === "tableau") q.set("vue", "tableau");
    if (search.statut) q.set("statut", search.statut);
    if (search.origine) q.set("origine", search.origine);
    if (search.pilote) q.set("pilote", search.pilote);
    if (search.retard) q.set("retard", "1");
    const s = q.toString();
    return `/${code}/plan-actions${s ? `?${s}` : ""}`;
  };
  const overdue = actions.filter((a) => a.overdue).length;

  return (
    <>
      <PageBreadcrumb code={code} current="Plan d'actions" />
      <h1>Plan d&apos;actions</h1>
      <p>
        Les actions d&apos;amélioration décidées à la suite des comités, des indicateurs, du registre, des enquêtes et des audits : qui les pilote, pour quand, où elles en
        sont. Les actions ouvertes sont revues à la séance suivante.
      </p>
      {canManage && (
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <Link className="fr-btn fr-icon-add-line fr-btn--icon-left" href={`/${code}/plan-actions/nouvelle`}>
              Nouvelle action
            </Link>
          </li>
        </ul>
      )}

      {fromOwnQuestions.length > 0 && (
        <section aria-labelledby="plan-vos-questions" className="fr-mb-6w">
          <h2 id="plan-vos-questions">Suite donnée à vos questions</h2>
          <ActionTable code={code} actions={fromOwnQuestions} caption="Actions nées de vos questions en séance" captionId="plan-vos-questions-tableau" />
        </section>
      )}

      <section aria-labelledby="plan-actions-liste">
        <h2 id="plan-actions-liste">Actions</h2>
        <ActionFilters code={code} search={search} owners={owners} />
        <nav aria-label="Présentation du plan" className="fr-mb-3w">
          <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
            <li>
              <Link className={`fr-btn fr-btn--sm ${board ? "fr-btn--secondary" : ""}`} href={query("liste")} aria-current={board ? undefined : "page"}>
                Liste
              </Link>
            </li>
            <li>
              <Link className={`fr-btn fr-btn--sm ${board ? "" : "fr-btn--secondary"}`} href={query("tableau")} aria-current={board ? "page" : undefined}>
                Tableau par statut
              </Link>
            </li>
          </ul>
        </nav>
        <p role="status">
          {formatCount(actions.length, "action", "actions")}
          {overdue > 0 ? `, dont ${formatCount(overdue, "en retard", "en retard")}` : ""}.
        </p>
        {actions.length > 0 && (board ? <ActionBoard code={code} actions={actions} canManage={canManage} /> : <ActionTable code={code} actions={actions} caption="Actions du plan, les échéances les plus proches d'abord" captionId="plan-actions-tableau" />)}
      </section>
    </>
  );
}
