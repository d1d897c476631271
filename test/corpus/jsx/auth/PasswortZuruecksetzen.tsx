import { useState } from "react";

type Props = { token: string; onDone: () => void };

export default function PasswortZuruecksetzen({ token, onDone }: Props) {
  const [sichtbar, setSichtbar] = useState(false);
  const inputType = sichtbar ? "text" : "password";
  return (
    <form method="post" action={`/konto/passwort/${token}`} onSubmit={onDone}>
      <h1>Neues Passwort festlegen</h1>
      <div className="feld">
        <label htmlFor="neu">Neues Passwort</label>
        <input id="neu" name="neuesPasswort" type={inputType} autoComplete="new-password" minLength={12} /> {/* expect: credential */}
      </div>
      <div className="feld">
        <label htmlFor="wiederholen">Passwort wiederholen</label>
        <input id="wiederholen" name="passwortWiederholen" type={inputType} autoComplete="new-password" /> {/* expect: credential */}
      </div>
      <label className="toggle">
        <input type="checkbox" checked={sichtbar} onChange={(e) => setSichtbar(e.target.checked)} /> Passwort anzeigen
      </label>
      <p className="hinweis">Mindestens 12 Zeichen, eine Zahl und ein Sonderzeichen.</p>
      <button type="submit">Speichern</button>
    </form>
  );
}
