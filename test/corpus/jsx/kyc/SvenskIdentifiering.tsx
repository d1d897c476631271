export function SvenskIdentifiering({ onStartBankId }: { onStartBankId: () => void }) {
  return (
    <form className="bankid">
      <h2>Identifiera dig</h2>
      <label htmlFor="personnummer">Personnummer</label>
      <input id="personnummer" name="personnummer" placeholder="ÅÅÅÅMMDD-XXXX" inputMode="numeric" /> {/* expect: government-id */}
      <label htmlFor="namn">Ditt namn</label>
      <input id="namn" name="namn" autoComplete="name" />
      <label htmlFor="adress">Din adress</label>
      <input id="adress" name="adress" autoComplete="street-address" />
      <label htmlFor="meddelande">Meddelande till oss</label>
      <textarea id="meddelande" name="meddelande" />
      <label>
        <input type="checkbox" name="villkor" /> Jag godkänner villkoren
      </label>
      <button type="button" onClick={onStartBankId}>
        Öppna BankID
      </button>
    </form>
  );
}
