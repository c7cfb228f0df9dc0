"use client";
/** "Calculer depuis le registre": the e-mail and complaint indicators of the year from the register of requests. */
import { computeIndicatorsFromRegister } from "@/lib/indicators/actions";
import { FRENCH_MONTHS } from "@/lib/validation";
import { ActionButton } from "@/components/ui/action-button";

export function RegisterFiguresButton({ prefectureId, year }: { prefectureId: string; year: number }) {
  return (
    <ActionButton<{ stored: number; unchanged: number; lockedMonths: number[] }>
      label="Calculer depuis le registre"
      context={`les taux de réponse aux courriels et de réclamations traitées de ${year}`}
      iconId="fr-icon-refresh-line"
      run={() => computeIndicatorsFromRegister({ prefectureId, year })}
      done={(data) =>
        data
          ? `${data.stored} période${data.stored > 1 ? "s" : ""} calculée${data.stored > 1 ? "s" : ""} depuis le registre, ${data.unchanged} inchangée${data.unchanged > 1 ? "s" : ""}${
              data.lockedMonths.length ? ` ; mois verrouillés laissés tels quels : ${data.lockedMonths.map((m) => FRENCH_MONTHS[m - 1]).join(", ")}` : ""
            }.`
          : "Calcul effectué."
      }
    />
  );
}
