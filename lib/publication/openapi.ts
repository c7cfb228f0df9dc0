/**
 * The OpenAPI 3.1 description of the open data API. Kept next to open-data.ts, whose shapes
 * it states; tests/integration/publication.test.ts checks the routes' actual JSON against the
 * schemas' required fields and types, so the two cannot drift silently.
 */
import { absoluteUrl } from "./urls";

const link = { type: "string", format: "uri" } as const;
const error = {
  description: "Préfecture inconnue ou non publiée",
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
} as const;

export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Comités locaux des usagers — données ouvertes",
      version: "1.0.0",
      description:
        "Préfectures publiées et comptes rendus publiés de leurs comités locaux des usagers (CLU) et d'amélioration continue (CLAC). Seuls les comptes rendus publiés apparaissent ; pour chaque séance, la dernière version publiée.",
      license: { name: "Licence Ouverte / Open Licence version 2.0", identifier: "etalab-2.0" },
    },
    servers: [{ url: absoluteUrl("/api/v1") }],
    paths: {
      "/prefectures": {
        get: {
          operationId: "listPrefectures",
          summary: "Préfectures publiées",
          responses: {
            "200": {
              description: "Les préfectures qui publient leurs comptes rendus",
              content: { "application/json": { schema: { $ref: "#/components/schemas/PrefectureList" } } },
            },
          },
        },
      },
      "/prefectures/{code}/meetings": {
        get: {
          operationId: "listPublishedMeetings",
          summary: "Séances dont le compte rendu est publié",
          parameters: [
            {
              name: "code",
              in: "path",
              required: true,
              description: "Code du département (« 86 », « 2A »)",
              schema: { type: "string", pattern: "^[0-9A-Za-z]{2,3}$" },
            },
          ],
          responses: {
            "200": {
              description: "Séances, la plus récente d'abord",
              content: { "application/json": { schema: { $ref: "#/components/schemas/MeetingList" } } },
            },
            "404": error,
          },
        },
      },
    },
    components: {
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: { error: { type: "string", description: "Message en français" } },
        },
        Prefecture: {
          type: "object",
          required: ["code", "name", "links"],
          properties: {
            code: { type: "string", examples: ["86"] },
            name: { type: "string", examples: ["Vienne"] },
            links: {
              type: "object",
              required: ["page", "meetings", "feed"],
              properties: { page: link, meetings: link, feed: link },
            },
          },
        },
        PrefectureList: {
          type: "object",
          required: ["prefectures"],
          properties: { prefectures: { type: "array", items: { $ref: "#/components/schemas/Prefecture" } } },
        },
        Meeting: {
          type: "object",
          required: ["id", "committee", "date", "title", "minutes", "links"],
          properties: {
            id: { type: "string", format: "uuid" },
            committee: { type: "string", examples: ["Comité local des usagers de la Vienne"] },
            date: { type: "string", format: "date-time", description: "Début de la séance" },
            title: { type: "string" },
            minutes: {
              type: "object",
              required: ["id", "kind", "revision", "publishedAt"],
              properties: {
                id: { type: "string", format: "uuid" },
                kind: { type: "string", enum: ["COMPTE_RENDU", "RELEVE_DE_CONCLUSIONS"] },
                revision: { type: "integer", minimum: 1 },
                publishedAt: { type: "string", format: "date-time" },
              },
            },
            links: {
              type: "object",
              required: ["html", "pdf", "docx"],
              properties: { html: link, pdf: link, docx: link },
            },
          },
        },
        MeetingList: {
          type: "object",
          required: ["prefecture", "meetings"],
          properties: {
            prefecture: {
              type: "object",
              required: ["code", "name"],
              properties: { code: { type: "string" }, name: { type: "string" } },
            },
            meetings: { type: "array", items: { $ref: "#/components/schemas/Meeting" } },
          },
        },
      },
    },
  };
}
