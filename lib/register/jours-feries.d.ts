/**
 * @socialgouv/jours-feries ships no types. Its one export: the French public holidays of a
 * year as JavaScript Dates at local midnight of the server, keyed by their French name
 * (Alsace-Moselle's two extra days only with { alsace: true }).
 */
declare module "@socialgouv/jours-feries" {
  export default function joursFeries(year: number, options?: { alsace?: boolean }): Record<string, Date>;
}
