import type { Metadata } from "next";
import { requirePrefectureAccess } from "@/lib/prefectures/loaders";
import { getDashboard } from "@/lib/prefectures/queries";
import { Dashboard } from "@/components/dashboard/dashboard";
import { prefectureOf } from "@/lib/format";

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }): Promise<Metadata> {
  const { code } = await params;
  const { prefecture } = await requirePrefectureAccess(code);
  return { title: `Tableau de bord — ${prefecture.name}` };
}

export default async function PrefectureDashboardPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const { actor, prefecture } = await requirePrefectureAccess(code);
  const dashboard = await getDashboard(prefecture.id, actor);
  return <Dashboard title={`Préfecture ${prefectureOf(prefecture)}`} code={code} dashboard={dashboard} />;
}
