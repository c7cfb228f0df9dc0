/** Inputs of the meeting screens, shared by the forms (react-hook-form) and the actions. */
import { z } from "zod";
import { ATTENDANCE_STATUSES, MEETING_MODES, NUMBERING_STYLES, REPLY_RESPONSES } from "./vocabulary";

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} : ${max} caractères au maximum.`)
    // null accepted too, so a value already parsed on the client parses again on the server
    .nullish()
    .transform((v) => (v ? v : null));

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Saisissez une heure au format HH:MM, par exemple 14:30.");


export const meetingFieldsSchema = z
  .object({
    committeeId: z.string().uuid("Choisissez un comité."),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Saisissez la date de la séance."),
    startTime: time,
    endTime: z.union([time, z.literal("")]).nullish().transform((v) => (v ? v : null)),
    room: optionalText(200, "Salle"),
    place: optionalText(300, "Lieu"),
    mode: z.enum(MEETING_MODES, { message: "Choisissez une modalité." }),
    chairLabel: optionalText(300, "Présidence"),
    numberingStyle: z.enum(NUMBERING_STYLES, { message: "Choisissez une numérotation." }),
  })
  .refine((v) => !v.endTime || v.endTime > v.startTime, {
    path: ["endTime"],
    message: "L'heure de fin doit être après l'heure de début.",
  });

export type MeetingFieldsInput = z.input<typeof meetingFieldsSchema>;
export type MeetingFields = z.output<typeof meetingFieldsSchema>;

export const createMeetingSchema = meetingFieldsSchema.and(
  z.object({ duplicateFromId: z.string().uuid().optional() }),
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
  title: z.string().trim().min(1, "Saisissez l'intitulé du point.").max(300, "Intitulé : 300 caractères au maximum."),
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


export const replyFieldsSchema = z
  .object({
    response: z.enum(REPLY_RESPONSES, { message: "Choisissez votre réponse." }),
    representativeName: optionalText(200, "Représentant"),
    comment: optionalText(1000, "Commentaire"),
  })
  .refine((v) => v.response !== "REPRESENTED" || !!v.representativeName, {
    path: ["representativeName"],
    message: "Indiquez le nom de la personne qui vous représentera.",
  });

export const replyByTokenSchema = replyFieldsSchema.and(z.object({ token: z.string().min(20).max(200) }));
export const replyAsMemberSchema = replyFieldsSchema.and(z.object({ meetingId: z.string().uuid() }));


export const attendanceSchema = z.object({
  meetingId: z.string().uuid(),
  version: z.number().int().positive(),
  lines: z
    .array(
      z
        .object({
          memberId: z.string().uuid(),
          status: z.enum(ATTENDANCE_STATUSES, { message: "Choisissez un statut." }),
          representedByLabel: optionalText(200, "Représenté(e) par"),
          functionSnapshot: optionalText(300, "Fonction"),
        })
        .refine((l) => l.status !== "REPRESENTED" || !!l.representedByLabel, {
          path: ["representedByLabel"],
          message: "Indiquez qui représente ce membre.",
        }),
    )
    .max(500),
});
export type AttendanceInput = z.input<typeof attendanceSchema>;

export const cancelMeetingSchema = z.object({
  meetingId: z.string().uuid(),
  version: z.number().int().positive(),
  reason: z.string().trim().max(500, "Motif : 500 caractères au maximum.").nullish().transform((v) => v || null),
});

export const sendConvocationSchema = z.object({ meetingId: z.string().uuid(), version: z.number().int().positive() });
