/**
 * Every indicator figure the seeds print, as stored values of a prefecture, scope and period.
 *
 * - Charente (16, seed 003): the 2021 monthly tables with their components and the rate as
 *   printed (some printed rates cannot be recomputed from their counts: see
 *   tests/unit/indicators/seed-consistency.test.ts), the 2021 quarterly title delays and
 *   town-hall appointment delays with the published annual figures, two 2022 figures.
 * - Vienne (86, seeds 000/001 and 002): the key figures 2021–2022 and the yearly rates of the
 *   January 2023 deck; the 2019–2020 figures reported at the May 2021 CLU.
 * - Vosges (88, seed 004): the 2022 satisfaction rates and the indicators reported as met.
 *
 * Conventions: percentages as numbers (8,98 % → 8.98); a figure the seed prints without its
 * components is `direct: true` with `published`; a count is its own raw figure and is stored
 * as the `count` component. A value may be stored at a coarser periodicity than its
 * definition (a yearly rate of a monthly indicator) when that is all the seed gives.
 */
import type { Periodicity, SeedIndicatorValue, SeedTarget } from "./types";

type Base = Pick<SeedIndicatorValue, "prefectureCode" | "indicatorCode" | "source"> & { scope?: string };

/** One value per month from parallel columns (12 entries each, January first). */
function monthlyTable(
  base: Base,
  year: number,
  columns: Record<string, readonly number[]>,
  published: readonly number[],
): SeedIndicatorValue[] {
  return published.map((value, index) => {
    const components: Record<string, number> = {};
    for (const [code, figures] of Object.entries(columns)) {
      const figure = figures[index];
      if (figure === undefined) throw new Error(`${base.indicatorCode}: column ${code} has no month ${index + 1}`);
      components[code] = figure;
    }
    return {
      prefectureCode: base.prefectureCode,
      indicatorCode: base.indicatorCode,
      scope: base.scope ?? "",
      year,
      period: index + 1,
      periodicity: "MONTHLY",
      components,
      published: value,
      source: base.source,
    };
  });
}

/** A figure printed without its components. */
function direct(base: Base, year: number, periodicity: Periodicity, period: number, published: number): SeedIndicatorValue {
  return {
    prefectureCode: base.prefectureCode,
    indicatorCode: base.indicatorCode,
    scope: base.scope ?? "",
    year,
    period,
    periodicity,
    published,
    direct: true,
    source: base.source,
  };
}

/** A count (its own raw figure). */
function counted(base: Base, year: number, periodicity: Periodicity, period: number, count: number): SeedIndicatorValue {
  return {
    prefectureCode: base.prefectureCode,
    indicatorCode: base.indicatorCode,
    scope: base.scope ?? "",
    year,
    period,
    periodicity,
    components: { count },
    source: base.source,
  };
}

const yearlyCounts = (base: Base, byYear: Record<number, number>): SeedIndicatorValue[] =>
  Object.entries(byYear).map(([year, n]) => counted(base, Number(year), "YEARLY", 1, n));

const quarters = (base: Base, year: number, values: readonly number[]): SeedIndicatorValue[] =>
  values.map((v, i) => direct(base, year, "QUARTERLY", i + 1, v));

/* ---------- Charente (16), seed 003: bilan 2021 ---------- */

const c16 = (indicatorCode: string, scope = ""): Base => ({ prefectureCode: "16", indicatorCode, scope, source: "003" });

const CHARENTE_POPULATION_2021 = 360970;

const charente: SeedIndicatorValue[] = [
  ...monthlyTable(
    c16("WEB_CONNECTION_RATE"),
    2021,
    {
      visits: [32403, 30146, 33010, 30711, 25677, 26342, 24556, 21696, 24564, 24263, 24800, 23956],
      population: Array<number>(12).fill(CHARENTE_POPULATION_2021),
    },
    [8.98, 8.35, 9.14, 8.51, 7.11, 7.35, 6.85, 6.01, 6.8, 6.72, 6.89, 6.64],
  ),
  ...monthlyTable(
    c16("SOCIAL_ENGAGEMENT_RATE"),
    2021,
    {
      twitterEngagements: [966, 2902, 1340, 1274, 1621, 1263, 1249, 283, 1494, 3370, 1397, 863],
      facebookEngagements: [5242, 11589, 5267, 12091, 8769, 10228, 5229, 1448, 3996, 8944, 2392, 18638],
      twitterImpressions: [55626, 55707, 38478, 53245, 60134, 52643, 39697, 9162, 25237, 33120, 25188, 14111],
      facebookImpressions: [88030, 219961, 74471, 169469, 148358, 197766, 91398, 23355, 65843, 164357, 39784, 95385],
    },
    [5.4, 5.2, 5.9, 6.8, 5.0, 4.8, 5.1, 5.3, 4.9, 6.2, 14.1, 17.8],
  ),
  // The 2021 table is the services' pickup rate (the standard is said to exceed 99,8 %).
  ...monthlyTable(
    c16("CALL_PICKUP_RATE", "services"),
    2021,
    {
      lost: [2266, 1827, 2052, 1787, 1303, 2302, 1708, 1322, 1894, 1773, 1309, 1619],
      received: [9903, 9740, 11367, 10895, 9842, 11335, 8849, 7902, 9599, 8598, 8599, 7681],
    },
    [77.1, 81.3, 81.8, 83.6, 86.7, 79.7, 80.7, 83.3, 80.3, 79.4, 77.8, 78.9],
  ),
  direct(c16("CALL_PICKUP_RATE", "services"), 2022, "MONTHLY", 1, 82.46),
  direct(c16("CALL_PICKUP_RATE", "services"), 2022, "MONTHLY", 2, 83.29),
  ...monthlyTable(
    c16("FIRST_RESIDENCE_PERMIT_DELAY"),
    2021,
    {
      meanDelay: [124, 60, 66, 40, 31, 53, 82, 29, 46, 55, 34, 70],
      decisions: [60, 191, 272, 338, 234, 386, 332, 511, 419, 755, 826, 394],
    },
    [124, 60, 66, 40, 31, 53, 82, 29, 46, 55, 34, 70],
  ),
  ...monthlyTable(
    c16("RESIDENCE_PERMIT_RENEWAL_DELAY"),
    2021,
    {
      meanDelay: [29, 34, 31, 26, 18, 18, 44, 25, 23, 22, 32, 61],
      decisions: [82, 207, 183, 205, 126, 270, 210, 279, 299, 503, 270, 136],
    },
    [29, 34, 31, 26, 18, 18, 44, 25, 23, 22, 32, 61],
  ),
  ...quarters(c16("CNI_PASSPORT_DELIVERY_DELAY"), 2021, [6, 8, 14, 26]),
  direct(c16("CNI_PASSPORT_DELIVERY_DELAY"), 2021, "YEARLY", 1, 13.5),
  ...quarters(c16("DRIVING_LICENCE_DELIVERY_DELAY"), 2021, [14, 31, 48, 48]),
  direct(c16("DRIVING_LICENCE_DELIVERY_DELAY"), 2021, "YEARLY", 1, 35.3),
  ...quarters(c16("VEHICLE_REGISTRATION_DELIVERY_DELAY"), 2021, [4, 4, 4, 4]),
  direct(c16("VEHICLE_REGISTRATION_DELIVERY_DELAY"), 2021, "YEARLY", 1, 4),
  // Slide table: T1 19, T2 33, T3 40, T4 41 (the minutes' text says 39 days for T3: the table is kept).
  ...quarters(c16("TOWN_HALL_APPOINTMENT_DELAY"), 2021, [19, 33, 40, 41]),
  direct(c16("TOWN_HALL_APPOINTMENT_DELAY"), 2022, "QUARTERLY", 1, 78),
];

/* ---------- Vienne (86), seeds 000/001 (CLU-CLAC of 24 January 2023) and 002 (CLU of 6 May 2021) ---------- */

const v86 = (indicatorCode: string, source: string, scope = ""): Base => ({ prefectureCode: "86", indicatorCode, scope, source });

const vienne: SeedIndicatorValue[] = [
  // Key figures 2021–2022 (000)
  ...yearlyCounts(v86("DRIVING_LICENCES_ISSUED", "000"), { 2021: 19265, 2022: 19344 }),
  ...yearlyCounts(v86("VEHICLE_REGISTRATIONS_ISSUED", "000", "cert"), { 2021: 836333, 2022: 779700 }),
  ...yearlyCounts(v86("POINT_RECOVERY_COURSES", "000"), { 2021: 2306, 2022: 1991 }),
  ...yearlyCounts(v86("CALLS_RECEIVED", "000"), { 2021: 86380, 2022: 76507 }),
  direct(v86("CALL_PICKUP_RATE", "000"), 2021, "YEARLY", 1, 90),
  direct(v86("CALL_PICKUP_RATE", "000"), 2022, "YEARLY", 1, 93),
  direct(v86("EMAIL_ANSWER_RATE", "000"), 2021, "SEMIANNUAL", 2, 52),
  direct(v86("EMAIL_ANSWER_RATE", "000"), 2022, "YEARLY", 1, 66),
  direct(v86("COMPLAINTS_PROCESSED_RATE", "000"), 2021, "YEARLY", 1, 100),
  direct(v86("COMPLAINTS_PROCESSED_RATE", "000"), 2022, "YEARLY", 1, 89),
  ...yearlyCounts(v86("WEB_VISITS", "000"), { 2021: 641137, 2022: 732483 }),
  ...yearlyCounts(v86("SOCIAL_FOLLOWERS", "000", "twitter"), { 2021: 6570, 2022: 7518 }),
  ...yearlyCounts(v86("SOCIAL_FOLLOWERS", "000", "facebook"), { 2021: 12987, 2022: 16977 }),
  ...yearlyCounts(v86("SOCIAL_IMPRESSIONS", "000"), { 2021: 9704859, 2022: 9129768 }),
  ...yearlyCounts(v86("SOCIAL_IMPRESSIONS", "000", "twitter"), { 2021: 2116865, 2022: 1205426 }),
  ...yearlyCounts(v86("SOCIAL_IMPRESSIONS", "000", "facebook"), { 2021: 7587994, 2022: 7924342 }),
  ...yearlyCounts(v86("SOCIAL_ENGAGEMENTS", "000"), { 2021: 337620, 2022: 381509 }),
  ...yearlyCounts(v86("SOCIAL_ENGAGEMENTS", "000", "twitter"), { 2021: 77052, 2022: 59132 }),
  ...yearlyCounts(v86("SOCIAL_ENGAGEMENTS", "000", "facebook"), { 2021: 260568, 2022: 322377 }),
  // Point d'accueil numérique (démarches en ligne) and PAN e-MERAUDE (étrangers, opened 15 March 2022)
  counted(v86("PAN_USERS", "000"), 2021, "YEARLY", 1, 1994),
  counted(v86("PAN_USERS", "000"), 2022, "SEMIANNUAL", 1, 1124),
  counted(v86("PAN_USERS", "000"), 2022, "SEMIANNUAL", 2, 880),
  counted(v86("PAN_CALLS", "000"), 2021, "YEARLY", 1, 7047),
  counted(v86("PAN_CALLS", "000"), 2022, "SEMIANNUAL", 1, 3633),
  counted(v86("PAN_CALLS", "000"), 2022, "SEMIANNUAL", 2, 3624),
  counted(v86("PAN_USERS", "000", "e-meraude"), 2022, "QUARTERLY", 2, 150),
  counted(v86("PAN_USERS", "000", "e-meraude"), 2022, "SEMIANNUAL", 2, 293),
  counted(v86("PAN_CALLS", "000", "e-meraude"), 2022, "YEARLY", 1, 611),
  // "Je donne mon avis": 2 experiences received and processed since 1 July 2022
  counted(v86("JDMA_EXPERIENCES_RECEIVED", "000"), 2022, "SEMIANNUAL", 2, 2),
  counted(v86("JDMA_EXPERIENCES_PROCESSED", "000"), 2022, "SEMIANNUAL", 2, 2),
  // Titles: "currently" in the January 2023 deck, stored on the end of 2022
  direct(v86("TOWN_HALL_APPOINTMENT_DELAY", "000"), 2022, "MONTHLY", 12, 98),
  direct(v86("CNI_PASSPORT_DELIVERY_DELAY", "000"), 2022, "QUARTERLY", 4, 26),

  // 2019–2020 figures given at the CLU of 6 May 2021 (002)
  ...yearlyCounts(v86("CALLS_RECEIVED", "002"), { 2020: 109016 }),
  ...yearlyCounts(v86("CALLS_RECEIVED", "002", "standard"), { 2019: 34212, 2020: 64685 }),
  direct(v86("CALL_PICKUP_RATE", "002"), 2020, "YEARLY", 1, 91),
  ...yearlyCounts(v86("WEB_VISITS", "002"), { 2019: 453279, 2020: 922125 }),
  direct(v86("WEB_CONNECTION_RATE", "002"), 2019, "YEARLY", 1, 8.45),
  direct(v86("WEB_CONNECTION_RATE", "002"), 2020, "YEARLY", 1, 17.2),
  direct(v86("SOCIAL_ENGAGEMENT_RATE", "002"), 2019, "YEARLY", 1, 4.21),
  direct(v86("SOCIAL_ENGAGEMENT_RATE", "002"), 2020, "YEARLY", 1, 4.71),
  counted(v86("SOCIAL_FOLLOWERS", "002", "instagram"), 2021, "MONTHLY", 5, 2068),
  ...yearlyCounts(v86("VEHICLE_REGISTRATIONS_ISSUED", "002", "cert"), { 2020: 970394 }),
  direct(v86("VEHICLE_REGISTRATION_DELIVERY_DELAY", "002", "cert"), 2020, "YEARLY", 1, 13),
  direct(v86("TOWN_HALL_APPOINTMENT_DELAY", "002"), 2020, "MONTHLY", 3, 67),
  direct(v86("TOWN_HALL_APPOINTMENT_DELAY", "002"), 2020, "MONTHLY", 12, 8),
  counted(v86("PAN_USERS", "002"), 2020, "YEARLY", 1, 1650),
  // Calls handled by the PAN phone line from mid-May to December 2020
  counted(v86("PAN_CALLS", "002"), 2020, "YEARLY", 1, 2630),
];

/* ---------- Vosges (88), seed 004 (CLU of 8 December 2022) ---------- */

const v88 = (indicatorCode: string, scope = ""): Base => ({ prefectureCode: "88", indicatorCode, scope, source: "004" });

const vosges: SeedIndicatorValue[] = [
  // Satisfaction survey, results cumulated at the end of August 2022 (102 respondents)
  direct(v88("SATISFACTION_RATE"), 2022, "YEARLY", 1, 95.1),
  direct(v88("SATISFACTION_RATE", "locaux"), 2022, "YEARLY", 1, 88.7),
  direct(v88("SATISFACTION_RATE", "agents"), 2022, "YEARLY", 1, 83.7),
  direct(v88("SATISFACTION_RATE", "telephone"), 2022, "YEARLY", 1, 89.1),
  direct(v88("SATISFACTION_RATE", "site-internet"), 2022, "YEARLY", 1, 85.2),
  direct(v88("SATISFACTION_RATE", "point-numerique"), 2022, "YEARLY", 1, 91.5),
  direct(v88("SATISFACTION_RATE", "delai-attente"), 2022, "QUARTERLY", 1, 83),
  direct(v88("SATISFACTION_RATE", "delai-attente"), 2022, "QUARTERLY", 2, 86),
  // E-mails answered within 5 working days: 100 % since May 2022 (months up to the one before the meeting)
  ...[5, 6, 7, 8, 9, 10, 11].map((month) => direct(v88("EMAIL_ANSWER_RATE"), 2022, "MONTHLY", month, 100)),
  // Reception changes put online within 3 working days: met every month of 2022
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((month) =>
    direct(v88("RECEPTION_CHANGES_PUBLICATION_RATE"), 2022, "MONTHLY", month, 100),
  ),
];

export const indicatorValues: SeedIndicatorValue[] = [...charente, ...vienne, ...vosges];

/** Targets a prefecture states for itself in the seeds. */
export const targets: SeedTarget[] = [
  { prefectureCode: "16", indicatorCode: "WEB_CONNECTION_RATE", value: 5, direction: "AT_LEAST", source: "003" },
  { prefectureCode: "16", indicatorCode: "CNI_PASSPORT_DELIVERY_DELAY", value: 14, direction: "AT_MOST", source: "003" },
  { prefectureCode: "16", indicatorCode: "VEHICLE_REGISTRATION_DELIVERY_DELAY", value: 14, direction: "AT_MOST", source: "003" },
  { prefectureCode: "16", indicatorCode: "DRIVING_LICENCE_DELIVERY_DELAY", value: 14, direction: "AT_MOST", source: "003" },
  { prefectureCode: "88", indicatorCode: "CALL_PICKUP_RATE", value: 90, direction: "AT_LEAST", source: "004" },
  { prefectureCode: "88", indicatorCode: "SATISFACTION_RATE", value: 90, direction: "AT_LEAST", source: "004" },
];
