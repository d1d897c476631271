import { useState } from "react";
import { useTranslation } from "react-i18next";

export function Zahlungsformular({ onSubmit }: { onSubmit: () => void }) {
  const { t } = useTranslation();
  const [method, setMethod] = useState<"card" | "sepa">("card");

  return (
    <form onSubmit={onSubmit} className="zahlung">
      <div role="radiogroup" aria-label="Zahlungsart">
        <label>
          <input type="radio" name="zahlungsart" value="card" checked={method === "card"} onChange={() => setMethod("card")} />
          Kreditkarte
        </label>
        <label>
          <input type="radio" name="zahlungsart" value="sepa" checked={method === "sepa"} onChange={() => setMethod("sepa")} />
          SEPA-Lastschrift
        </label>
      </div>

      {method === "card" ? (
        <div className="karte">
          <label htmlFor="kartennummer">Kartennummer</label>
          <input id="kartennummer" name="kartennummer" inputMode="numeric" autoComplete="cc-number" /> {/* expect: payment-card */}

          <label htmlFor="inhaber">Karteninhaber</label>
          <input id="inhaber" name="inhaber" autoComplete="cc-name" /> {/* expect: payment-card */}

          <div className="reihe">
            <div>
              <label htmlFor="ablauf">Ablaufdatum</label>
              <input id="ablauf" name="ablaufdatum" placeholder="MM/JJ" maxLength={5} /> {/* expect: payment-card */}
            </div>
            <div>
              <label htmlFor="pruefziffer">Prüfziffer</label>
              <input id="pruefziffer" name="pruefziffer" inputMode="numeric" maxLength={4} /> {/* expect: payment-auth */}
            </div>
          </div>
        </div>
      ) : (
        <div className="sepa">
          <label htmlFor="kontoinhaber">Kontoinhaber</label>
          <input id="kontoinhaber" name="kontoinhaber" />
          <label htmlFor="iban">IBAN</label>
          <input id="iban" name="iban" placeholder="DE89 3704 0044 0532 0130 00" /> {/* expect: bank-account */}
          <label>
            <input type="checkbox" name="mandat" required /> {t("checkout.sepaMandate", "Ich erteile das SEPA-Lastschriftmandat")}
          </label>
        </div>
      )}

      <label htmlFor="gutschein">Gutscheincode</label>
      <input id="gutschein" name="gutscheincode" />
      <button type="submit">Jetzt kaufen</button>
    </form>
  );
}
