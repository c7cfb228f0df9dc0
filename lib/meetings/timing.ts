/** "Has the meeting started?" — asked at request time on the server (replies close then). */
export function hasStarted(startsAt: Date, now: Date = new Date()): boolean {
  return startsAt.getTime() <= now.getTime();
}
