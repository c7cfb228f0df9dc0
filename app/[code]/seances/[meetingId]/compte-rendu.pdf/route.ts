import { minutesDownloadRoute } from "@/lib/minutes/loaders";

export const GET = minutesDownloadRoute("pdf");
