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
      "/prefectures/{code}/indicators": {
        get: {
          operationId: "listLockedIndicatorValues",
          summary: "Valeurs des indicateurs qualité présentées au comité (périodes verrouillées)",
          parameters: [
            {
              name: "code",
              in: "path",
              required: true,
              description: "Code du département (« 86 », « 2A »)",
              schema: { type: "string", pattern: "^[0-9A-Za-z]{2,3}$" },
            },
            { name: "year", in: "query", required: true, description: "Année (« 2021 »)", schema: { type: "integer", minimum: 1990, maximum: 2100 } },
            { name: "format", in: "query", required: false, description: "« csv » pour un fichier CSV (point-virgule, virgule décimale)", schema: { type: "string", enum: ["json", "csv"] } },
          ],
          responses: {
            "200": {
              description: "Une ligne par indicateur, périmètre et période verrouillée",
              content: {
                "application/json": { schema: { $ref: "#/components/schemas/IndicatorValueList" } },
                "text/csv": { schema: { type: "string" } },
              },
            },
            "400": { description: "Année absente ou invalide", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
            "404": error,
          },
        },
      },
      "/prefectures/{code}/indicators/import": {
        post: {
          operationId: "importIndicatorYear",
          summary: "Importer une année d'indicateurs (fichier CSV ou Excel au format de l'export de la grille)",
          description:
            "Réservé aux agents : jeton d'accès de la préfecture dont le titulaire peut saisir les indicateurs. Tout ou rien : une erreur de cellule ou une période verrouillée refuse le fichier entier. Les écarts entre taux publié et taux recalculé sont signalés, les composantes enregistrées.",
          security: [{ bearerAuth: [] }],
          parameters: [
            {
              name: "code",
              in: "path",
              required: true,
              description: "Code du département (« 86 », « 2A »)",
              schema: { type: "string", pattern: "^[0-9A-Za-z]{2,3}$" },
            },
          ],
          requestBody: {
            required: true,
            content: {
              "multipart/form-data": {
                schema: {
                  type: "object",
                  required: ["file", "year"],
                  properties: {
                    file: { type: "string", contentEncoding: "binary", description: "CSV (« ; », virgule décimale) ou XLSX, 4 Mo au plus" },
                    year: { type: "integer", examples: [2021] },
                    preview: { type: "string", enum: ["true", "false"], description: "« true » : vérifier sans rien enregistrer" },
                  },
                },
              },
            },
          },
          responses: {
            "200": { description: "Fichier importé (ou prévisualisé)", content: { "application/json": { schema: { $ref: "#/components/schemas/IndicatorImportReport" } } } },
            "400": { description: "Champ « file » ou « year » absent ou invalide", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
            "401": { description: "Jeton absent, invalide ou révoqué", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
            "403": { description: "Jeton d'une autre préfecture ou sans droit de saisie", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
            "404": { description: "Préfecture inconnue", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
            "409": { description: "Une période du fichier est verrouillée : rien n'est importé", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
            "422": { description: "Erreurs dans le fichier : rien n'est importé", content: { "application/json": { schema: { $ref: "#/components/schemas/IndicatorImportReport" } } } },
          },
        },
      },
    },
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "Jeton d'accès d'un agent, valable pour sa préfecture et son rôle" },
      },
      schemas: {
        IndicatorValue: {
          type: "object",
          required: ["indicator", "label", "unit", "periodicity", "scope", "period", "periodLabel", "value", "target", "met"],
          properties: {
            indicator: { type: "string", examples: ["TAUX_DECROCHE"] },
            label: { type: "string" },
            unit: { type: "string", enum: ["PERCENT", "DAYS", "COUNT", "RATIO"] },
            periodicity: { type: "string", enum: ["MONTHLY", "QUARTERLY", "SEMIANNUAL", "YEARLY"] },
            scope: { type: "string", description: "Vide pour toute la préfecture" },
            period: { type: "integer", minimum: 1, maximum: 12 },
            periodLabel: { type: "string", examples: ["janvier 2021"] },
            value: { type: ["number", "null"], description: "Un pourcentage s'écrit 77.1 pour 77,1 %" },
            target: {
              type: ["object", "null"],
              required: ["value", "direction"],
              properties: { value: { type: "number" }, direction: { type: "string", enum: ["AT_LEAST", "AT_MOST"] } },
            },
            met: { type: ["boolean", "null"] },
          },
        },
        IndicatorValueList: {
          type: "object",
          required: ["prefecture", "year", "values"],
          properties: {
            prefecture: { type: "object", required: ["code", "name"], properties: { code: { type: "string" }, name: { type: "string" } } },
            year: { type: "integer" },
            values: { type: "array", items: { $ref: "#/components/schemas/IndicatorValue" } },
          },
        },
        IndicatorImportReport: {
          type: "object",
          required: ["status"],
          properties: {
            status: { type: "string", enum: ["imported", "preview", "invalid"] },
            indicators: {
              type: "array",
              items: {
                type: "object",
                required: ["code", "label", "scopes", "newScopes", "periods"],
                properties: {
                  code: { type: "string" },
                  label: { type: "string" },
                  scopes: { type: "array", items: { type: "string" }, description: "Périmètres du fichier (\"\" : toute la préfecture)" },
                  newScopes: { type: "array", items: { type: "string" }, description: "Périmètres sans aucune valeur encore enregistrée pour la préfecture" },
                  periods: { type: "integer" },
                  changed: { type: "integer" },
                },
              },
            },
            discrepancies: {
              type: "array",
              items: {
                type: "object",
                required: ["indicatorCode", "scope", "periodicity", "period", "published", "computed", "message"],
                properties: {
                  indicatorCode: { type: "string" },
                  scope: { type: "string" },
                  periodicity: { type: "string", enum: ["MONTHLY", "QUARTERLY", "SEMIANNUAL", "YEARLY"] },
                  period: { type: "integer" },
                  published: { type: "number" },
                  computed: { type: "number" },
                  precision: { type: "integer" },
                  message: { type: "string" },
                },
              },
            },
            errors: {
              type: "array",
              items: { type: "object", required: ["line", "message"], properties: { line: { type: "integer" }, column: { type: "string" }, sheet: { type: "string" }, message: { type: "string" } } },
            },
          },
        },
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
