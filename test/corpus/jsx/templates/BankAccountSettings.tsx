import { useState } from "react";
import { useTranslation } from "react-i18next";

export function BankAccountSettings({ onSave }: { onSave: (v: Record<string, string>) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ holder: "", iban: "", bic: "", bankName: "" });
  const set = (key: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [key]: e.target.value });
  return (
    <form onSubmit={(e) => { e.preventDefault(); onSave(values); }} className="bank-settings">
      <div className="form-row">
        <label className="form-label">{t("settings.bank.holder")}</label>
        <input className="form-input" value={values.holder} onChange={set("holder")} />
      </div>
      <div className="form-row">
        <label className="form-label">{t("settings.bank.iban")}</label>
        <input className="form-input" value={values.iban} onChange={set("iban")} placeholder={t("settings.bank.ibanPlaceholder")} /> {/* expect: bank-account */}
      </div>
      <div className="form-row">
        <label className="form-label">{t("settings.bank.bic")}</label>
        <input className="form-input" value={values.bic} onChange={set("bic")} />
      </div>
      <div className="form-row">
        <label className="form-label">{t("settings.bank.name")}</label>
        <input className="form-input" value={values.bankName} onChange={set("bankName")} />
      </div>
      <button type="submit">{t("common.save")}</button>
    </form>
  );
}
