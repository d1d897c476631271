import { useForm } from "react-hook-form";
import { US_STATES } from "@/lib/states";

type Identity = {
  legalFirstName: string;
  legalLastName: string;
  dateOfBirth: string;
  ssn: string;
  driversLicenseNumber: string;
  licenseState: string;
  street: string;
  city: string;
  state: string;
  zip: string;
};

export function UsIdentityForm({ onSubmit }: { onSubmit: (v: Identity) => void }) {
  const { register, handleSubmit } = useForm<Identity>();
  return (
    <form onSubmit={handleSubmit(onSubmit)} className="kyc">
      <h2>Verify your identity</h2>
      <p>We&apos;re required by law to verify your identity before you can open an account.</p>
      <div className="row">
        <label>
          Legal first name
          <input {...register("legalFirstName")} autoComplete="given-name" />
        </label>
        <label>
          Legal last name
          <input {...register("legalLastName")} autoComplete="family-name" />
        </label>
      </div>
      <label>
        Date of birth
        <input type="date" {...register("dateOfBirth")} /> {/* expect: date-of-birth */}
      </label>
      <label>
        Social Security number
        <input {...register("ssn")} placeholder="XXX-XX-XXXX" inputMode="numeric" maxLength={11} /> {/* expect: government-id */}
      </label>
      <div className="row">
        <label>
          Driver&apos;s license number
          <input {...register("driversLicenseNumber")} /> {/* expect: government-id */}
        </label>
        <label>
          Issuing state
          <select {...register("licenseState")}>
            {US_STATES.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset>
        <legend>Home address</legend>
        <input {...register("street")} placeholder="Street address" autoComplete="address-line1" />
        <input {...register("city")} placeholder="City" autoComplete="address-level2" />
        <select {...register("state")} autoComplete="address-level1">
          {US_STATES.map((s) => (
            <option key={s.code}>{s.code}</option>
          ))}
        </select>
        <input {...register("zip")} placeholder="ZIP code" autoComplete="postal-code" />
      </fieldset>
      <button type="submit">Continue</button>
    </form>
  );
}
