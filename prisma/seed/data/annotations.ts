/**
 * Events on the indicator timelines of the demo prefectures: the national lockdowns of the
 * years the seeds give figures for (public dates; they explain the 2020–2021 call and visit
 * curves). Not from a seed document: the seeds name such events ("confinement") without dates.
 */
import type { SeedIndicatorAnnotation } from "./types";

const lockdowns = [
  { on: "2020-03-17", label: "Premier confinement" },
  { on: "2020-10-30", label: "Deuxième confinement" },
  { on: "2021-04-03", label: "Troisième confinement" },
];

export const indicatorAnnotations: SeedIndicatorAnnotation[] = ["16", "86", "88"].flatMap((prefectureCode) =>
  lockdowns.map((l) => ({ prefectureCode, ...l })),
);
