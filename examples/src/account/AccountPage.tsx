import { useState } from "react";

interface Account {
  email: string;
  iban: string;
  taxId: string;
  birthDate: string;
}

/** Account settings: contact details, payout account, tax details and password. */
export function AccountPage({ account }: { account: Account }) {
  const [showPassword, setShowPassword] = useState(false);

  return (
    <main className="account">
      <h1>Your account</h1>

      <section>
        <h2>Contact</h2>
        {/* An email address is personal data, but only configs.strict asks for a marker. */}
        <label htmlFor="email">Email</label>
        <input id="email" type="email" autoComplete="email" defaultValue={account.email} />
      </section>

      <section data-private>
        <h2>Payouts</h2>
        {/* Masked: LogRocket's data-private on the section reaches the field. */}
        <label htmlFor="iban">IBAN</label>
        <input id="iban" name="iban" defaultValue={account.iban} />
      </section>

      <section>
        <h2>Tax details</h2>
        <label htmlFor="tax-id">Tax identification number</label>
        <input id="tax-id" name="taxId" defaultValue={account.taxId} />

        {/* Someone wanted to see this field in Hotjar replays: data-hj-allow records what is typed. */}
        <label htmlFor="birth-date">Date of birth</label>
        <input id="birth-date" name="birthDate" autoComplete="bday" data-hj-allow defaultValue={account.birthDate} />
      </section>

      <section>
        <h2>Change password</h2>
        {/* type="password" is masked by every recorder, until the toggle turns it into text. */}
        <label htmlFor="new-password">New password</label>
        <input id="new-password" type={showPassword ? "text" : "password"} autoComplete="new-password" />
        <button type="button" onClick={() => setShowPassword(!showPassword)}>
          {showPassword ? "Hide" : "Show"}
        </button>
      </section>
    </main>
  );
}
