/**
 * CHECK constraints: the rules Prisma's schema language cannot say, declared here and turned
 * into migration SQL by scripts/db/new-migration.ts (never written into a migration by hand).
 * The drift test builds a database from schema.prisma + these checks and compares it with
 * the one the migrations build.
 */
export interface CheckConstraint {
  table: string;
  name: string;
  expression: string;
}

const nonNegative = (table: string, column: string): CheckConstraint => ({
  table,
  name: `${table}_${column}_non_negative`,
  expression: `"${column}" >= 0`,
});

export const CHECKS: CheckConstraint[] = [
  // Roles: only the national administrator has no prefecture.
  {
    table: "memberships",
    name: "memberships_prefecture_by_role",
    expression: `("role" = 'NATIONAL_ADMIN') = ("prefecture_id" IS NULL)`,
  },
  // A seat is a person, an organisation or at least a described seat.
  {
    table: "members",
    name: "members_holder_present",
    expression: `"person_id" IS NOT NULL OR "organization_id" IS NOT NULL OR "seat_label" IS NOT NULL`,
  },
  {
    table: "members",
    name: "members_period_ordered",
    expression: `"ends_on" IS NULL OR "starts_on" IS NULL OR "ends_on" >= "starts_on"`,
  },
  {
    table: "attendances",
    name: "attendances_holder_present",
    expression: `"person_id" IS NOT NULL OR "organization_id" IS NOT NULL OR "seat_label" IS NOT NULL`,
  },
  {
    table: "meetings",
    name: "meetings_ends_after_start",
    expression: `"ends_at" IS NULL OR "ends_at" >= "starts_at"`,
  },
  {
    table: "indicator_values",
    name: "indicator_values_period_in_range",
    expression:
      `("periodicity" = 'MONTHLY' AND "period" BETWEEN 1 AND 12) OR ("periodicity" = 'QUARTERLY' AND "period" BETWEEN 1 AND 4) ` +
      `OR ("periodicity" = 'SEMIANNUAL' AND "period" BETWEEN 1 AND 2) OR ("periodicity" = 'YEARLY' AND "period" = 1)`,
  },
  nonNegative("agenda_items", "planned_minutes"),
  nonNegative("agenda_items", "position"),
  nonNegative("documents", "size_bytes"),
  nonNegative("sign_in_throttles", "failures"),
  nonNegative("surveys", "respondents_count"),
  nonNegative("surveys", "recipients_count"),
  nonNegative("survey_options", "count"),
  nonNegative("indicator_component_values", "amount"),
  nonNegative("request_records", "announced_delay_days"),
  nonNegative("minutes", "revision"),
];

/** The SQL that takes a database from the `from` checks to the `to` checks. */
export function checksMigrationSql(from: CheckConstraint[], to: CheckConstraint[]): string {
  const key = (c: CheckConstraint) => `${c.table}.${c.name}`;
  const before = new Map(from.map((c) => [key(c), c]));
  const after = new Map(to.map((c) => [key(c), c]));
  const lines: string[] = [];
  for (const [k, c] of before) {
    const next = after.get(k);
    if (!next || next.expression !== c.expression) {
      lines.push(`ALTER TABLE "${c.table}" DROP CONSTRAINT "${c.name}";`);
    }
  }
  for (const [k, c] of after) {
    const prev = before.get(k);
    if (!prev || prev.expression !== c.expression) {
      lines.push(`ALTER TABLE "${c.table}" ADD CONSTRAINT "${c.name}" CHECK (${c.expression});`);
    }
  }
  return lines.length ? `-- CheckConstraints (prisma/checks.ts)\n${lines.join("\n")}\n` : "";
}
