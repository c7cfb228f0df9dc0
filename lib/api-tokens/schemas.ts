/** Inputs of the API tokens screen. */
import { z } from "zod";
import { TOKEN_ROLES } from "@/lib/auth/api-tokens";
import { requiredText, uuidParam } from "@/lib/validation";

export const createApiTokenSchema = z.object({
  prefectureId: uuidParam,
  name: requiredText(100, "Nom du jeton", "Donnez un nom au jeton (par exemple : « Import mensuel du standard »)."),
  role: z.enum(TOKEN_ROLES, { message: "Choisissez le rôle du jeton." }),
});

export const revokeApiTokenSchema = z.object({ id: uuidParam });
