/** Public entry of lib/periods: the one "current on a day" rule (seats, committee periods…). */
export { currentOf, currentOnWhere, dayOf, isCurrentOn, type DaySpan } from "./current-on";
