/** Inputs of the meeting screens, shared by the forms (react-hook-form) and the actions. */
import { z } from "zod";
import { ATTENDANCE_STATUSES, MEETING_MODES, NUMBERING_STYLES, REPLY_RESPONSES } from "./vocabulary";
// Dates, times and free text follow the one strict rule of lib/validation (real calendar
// days, no NUL or lone surrogate), with its French messages.
import {
  frenchDayMonthYear,
  isoDateField,
  optionalText,
  optionalTimeField,
  parseIsoDate,
  parseTime,
  requiredText,
  timeField,
} from "@/lib/validation";
import { parseParisLocal } from "@/lib/format";


export const meetingFieldsSchema = z
  .object({
    committeeId: z.string().uuid("Choisissez un comité."),
    date: isoDateField("Saisissez la date de la séance."),
    startTime: timeField("Saisissez l'heure de début."),
    endTime: optionalTimeField(),
    room: optionalText(200, "Salle"),
    place: optionalText(300, "Lieu"),
    mode: z.enum(MEETING_MODES, { message: "Choisissez une modalité." }),
    /** The person chairing (one of the prefecture's persons), her title at the meeting in chairLabel */
    chairPersonId: z
      .union([z.literal(""), z.string().uuid("Choisissez une personne de la liste.")])
      .nullish()
      .transform((v) => v || null),
    chairLabel: optionalText(300, "Présidence"),
    /** When the chair closed the meeting ("la séance est levée à 15h50"): a fact, typed afterwards */
    closingTime: optionalTimeField(),
    numberingStyle: z.enum(NUMBERING_STYLES, { message: "Choisissez une numérotation." }),
  })
  // Compared only once both times are real (their own messages say what is wrong otherwise).
  .refine((v) => !v.endTime || !parseTime(v.startTime) || !parseTime(v.endTime) || v.endTime > v.startTime, {
    path: ["endTime"],
    message: "L'heure de fin doit être après l'heure de début.",
  })
  .refine((v) => !v.closingTime || !parseTime(v.startTime) || !parseTime(v.closingTime) || v.closingTime > v.startTime, {
    path: ["closingTime"],
    message: "La séance ne peut pas être levée avant son début.",
  })
  .superRefine((v, ctx) => {
    // A real date and a real time may still name no instant in Paris: the hour skipped when
    // the clocks go forward. Said here, next to the field, rather than failing in the action.
    const day = parseIsoDate(v.date);
    if (!day) return;
    for (const field of ["startTime", "endTime", "closingTime"] as const) {
      const time = v[field];
      if (time && parseTime(time) && !parseParisLocal(`${v.date}T${time}`)) {
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: `Le ${frenchDayMonthYear(day)}, l'heure ${time} n'existe pas à Paris (passage à l'heure d'été) : choisissez une autre heure.`,
        });
      }
    }
  });

export type MeetingFieldsInput = z.input<typeof meetingFieldsSchema>;
export type MeetingFields = z.output<typeof meetingFieldsSchema>;

export const createMeetingSchema = meetingFieldsSchema.and(
  z.object({
    duplicateFromId: z.string().uuid().optional(),
    /** Put the "Suivi du plan d'actions" item first on the agenda (the form ticks it by default) */
    withActionPlanReview: z.boolean().optional(),
  }),
);

export const updateMeetingSchema = meetingFieldsSchema.and(
  z.object({ id: z.string().uuid(), version: z.number().int().positive() }),
);

export const meetingRefSchema = z.object({ meetingId: z.string().uuid() });

export const agendaItemSchema = z.object({
  meetingId: z.string().uuid(),
  parentId: z
    .union([z.literal(""), z.string().uuid()])
    .nullish()
    .transform((v) => v || null),
  title: requiredText(300, "Intitulé", "Saisissez l'intitulé du point."),
  presenters: optionalText(500, "Présentation par"),
  slideReference: optionalText(200, "Référence du diaporama"),
  plannedMinutes: z
    .union([z.literal(""), z.null(), z.coerce.number().int("Durée en minutes entières.").min(1, "Durée : 1 minute au moins.").max(600, "Durée : 600 minutes au plus.")])
    .optional()
    .transform((v) => (v === "" || v === undefined || v === null ? null : v)),
  theme: optionalText(100, "Thème"),
});
export type AgendaItemInput = z.input<typeof agendaItemSchema>;
export type AgendaItemFields = z.output<typeof agendaItemSchema>;

export const updateAgendaItemSchema = agendaItemSchema.omit({ parentId: true }).and(
  z.object({ id: z.string().uuid(), version: z.number().int().positive() }),
);

export const moveAgendaItemSchema = z.object({
  id: z.string().uuid(),
  move: z.enum(["up", "down", "indent", "outdent"]),
});

export const agendaItemRefSchema = z.object({ id: z.string().uuid() });


// What a reply must say (a representative for REPRESENTED, none otherwise) is the domain's
// validateReply, called by the actions; the form shows its message next to the field.
export const replyFieldsSchema = z.object({
  response: z.enum(REPLY_RESPONSES, { message: "Choisissez votre réponse." }),
  representativeName: optionalText(200, "Représentant"),
  comment: optionalText(1000, "Commentaire"),
});

export const replyByTokenSchema = replyFieldsSchema.and(z.object({ token: z.string().min(20).max(200) }));
export const replyAsMemberSchema = replyFieldsSchema.and(z.object({ meetingId: z.string().uuid() }));


/**
 * The attendance form: each line is a recorded line (attendanceId) or a seat that has none yet
 * (memberId). Only the shape is checked here; what a line must say (a status, a representative
 * for REPRESENTED…) is the domain's rule (domain/attendance-save.ts), whose messages name the
 * line. Status may be null ("à confirmer") so that rule can say which line is missing one.
 */
export const attendanceSchema = z.object({
  meetingId: z.string().uuid(),
  version: z.number().int().positive(),
  lines: z
    .array(
      z
        .object({
          attendanceId: z.string().uuid().nullish(),
          memberId: z.string().uuid().nullish(),
          status: z.enum(ATTENDANCE_STATUSES, { message: "Choisissez un statut." }).nullable(),
          representedByLabel: optionalText(200, "Représenté(e) par"),
          functionSnapshot: optionalText(300, "Fonction"),
          remark: optionalText(300, "Observation"),
          optional: z.boolean().optional(),
        })
        .refine((l) => !!l.attendanceId !== !!l.memberId, { message: "Ligne d'émargement invalide : rechargez la page." }),
    )
    .max(500, "Un émargement compte 500 lignes au plus."),
});
export type AttendanceInput = z.input<typeof attendanceSchema>;

export const cancelMeetingSchema = z.object({
  meetingId: z.string().uuid(),
  version: z.number().int().positive(),
  reason: optionalText(500, "Motif"),
});

export const sendConvocationSchema = z.object({ meetingId: z.string().uuid(), version: z.number().int().positive() });
