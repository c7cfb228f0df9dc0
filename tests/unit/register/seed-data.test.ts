// The demo register gives back the Vienne's published figures (domain.md §5) through the
// register's own rule: e-mails 52 % (2nd half 2021) and 66 % (2022), complaints 100 % and 89 %.
import { describe, expect, it } from "vitest";
import { monthlyFigures, utcDate } from "@/lib/register/domain";
import { registerEntries } from "@/prisma/seed/data/register";
import { registerEntryFieldsSchema } from "@/lib/register/schemas";

const facts = registerEntries.map((e) => ({
  ...e,
  receivedOn: utcDate(e.receivedOn),
  holdingReplyOn: e.holdingReplyOn ? utcDate(e.holdingReplyOn) : null,
  answeredOn: e.answeredOn ? utcDate(e.answeredOn) : null,
}));

describe("demo register", () => {
  it("every entry passes the form's rules", () => {
    for (const e of registerEntries) expect(registerEntryFieldsSchema.safeParse(e).success, e.reference).toBe(true);
  });

  it("Vienne 2021: 13 of 25 e-mails in time (52 %), 4 of 4 complaints; 2022: 33 of 50 (66 %), 8 of 9 (89 %)", () => {
    const y2021 = monthlyFigures(facts, 2021, utcDate("2023-06-01"))[12]!;
    expect(y2021).toMatchObject({ emailsReceived: 25, emailsAnsweredInTime: 13, emailRate: 52, complaintsReceived: 4, complaintsProcessed: 4, complaintRate: 100 });
    const y2022 = monthlyFigures(facts, 2022, utcDate("2023-06-01"))[12]!;
    expect(y2022).toMatchObject({ emailsReceived: 50, emailsAnsweredInTime: 33, emailRate: 66, complaintsReceived: 9, complaintsProcessed: 8 });
    expect(Math.round(y2022.complaintRate!)).toBe(89);
  });
});
