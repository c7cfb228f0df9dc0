import { renderMeetingIcs } from "@/lib/exports";
import { documentBaseName, meetingDocumentRoute } from "@/lib/meetings";

export const GET = meetingDocumentRoute(async (data, request) => {
  const url = new URL(`/${data.prefecture.code}/seances/${data.meetingId}`, request.url).toString();
  return {
    body: renderMeetingIcs(data, { uid: `${data.meetingId}@clu-portail`, url }),
    fileName: `${documentBaseName("seance", data)}.ics`,
    contentType: "text/calendar; charset=utf-8",
  };
});
