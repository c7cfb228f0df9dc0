/**
 * Which seed persons the demo accounts are attached to.
 *
 * - Demo member (membre.86@example.org): M. Thierry PREMPAIN, UDAF de la Vienne, a user
 *   representative present at the CLU of 6 May 2021 (002), where he asked three questions.
 *   The 2023 CLU-CLAC deck (000/001) publishes no attendance, so nobody can be shown to have
 *   attended both Vienne meetings; as a member of the single Vienne CLU-CLAC committee he can
 *   read both.
 * - Quality referents, as the seeds name them:
 *   86 Nathalie MASSÉ, "chargée de mission qualité" (002, "Affaire suivie par");
 *   16 Pascal CROUZILLE, "Référent qualité de la préfecture de la Charente" (003);
 *   88 Brigitte CORDIER, "responsable de la cellule performance, référente qualité" (004).
 */
export const demoMemberPersonKey = "86-thierry-prempain";

export const demoReferentPersonKeys: Record<string, string> = {
  "86": "86-nathalie-masse",
  "16": "16-pascal-crouzille",
  "88": "88-brigitte-cordier",
};
