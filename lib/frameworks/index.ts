/**
 * The referentials room (issue 9, item 1): the frameworks (Qual-e-Pref, Services Publics+, a
 * prefecture's own), their versions with the days they are in force, and each version's
 * modules and engagements — managed by the national administration at /national/referentiels.
 * Labels, self-assessments, improvement actions and indicators refer to these rows; they are
 * read here (who refers to what), owned by their own rooms.
 *
 * Entries: domain (pure rules), vocabulary (French labels), schemas (form and action inputs),
 * queries and loaders (server reads), actions (server mutations).
 */
export * from "./vocabulary";
export * from "./domain";
