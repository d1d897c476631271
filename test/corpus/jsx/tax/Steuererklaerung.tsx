export function Steuererklaerung() {
  return (
    <form className="elster">
      <h2>Angaben zur Person</h2>
      <div className="feld">
        <label htmlFor="idnr">Identifikationsnummer</label>
        <input id="idnr" name="steuerId" maxLength={11} inputMode="numeric" /> {/* expect: government-id */}
      </div>
      <div className="feld">
        <label htmlFor="steuernummer">Steuernummer (falls vorhanden)</label>
        <input id="steuernummer" name="steuernummer" /> {/* expect: government-id */}
      </div>
      <div className="feld">
        <label htmlFor="religion">Religionszugehörigkeit (Kirchensteuer)</label>
        <select id="religion" name="religion"> {/* expect: special-category */}
          <option value="vd">keine Kirchensteuerpflicht</option>
          <option value="rk">römisch-katholisch</option>
          <option value="ev">evangelisch</option>
        </select>
      </div>
      <div className="feld">
        <label htmlFor="steuersatz">Steuersatz</label>
        <input id="steuersatz" name="taxRate" type="number" step="0.01" />
      </div>
      <div className="feld">
        <label htmlFor="finanzamt">Finanzamt</label>
        <input id="finanzamt" name="finanzamt" />
      </div>
    </form>
  );
}
