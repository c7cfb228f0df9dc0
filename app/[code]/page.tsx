import type { Metadata } from "next";
import { authorize, requirePrefecture } from "@/lib/auth/session";
import { getDashboard } from "@/lib/prefectures/queries";
import { Dashboard } from "@/components/dashboard/dashboard";
import { prefectureOf } from "@/lib/format";

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }): Promise<Metadata> {
  const { code } = await params;
  const prefecture = await requirePrefecture(code);
  return { title: `Tableau de bord — ${prefecture.name}` };
}

export default async function PrefectureDashboardPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const prefecture = await requirePrefecture(code);
  const actor = await authorize("prefecture.read", { kind: "prefecture", prefectureId: prefecture.id }, `/${code}`);
  const dashboard = await getDashboard(prefecture.id, actor);
  return <Dashboard title={`Préfecture ${prefectureOf(prefecture)}`} code={code} dashboard={dashboard} />;
}
