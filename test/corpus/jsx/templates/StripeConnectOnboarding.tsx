import { useForm } from "react-hook-form";

type Individual = {
  first_name: string;
  last_name: string;
  dob_day: string;
  dob_month: string;
  dob_year: string;
  ssn_last_4: string;
  routing_number: string;
  account_number: string;
  business_url: string;
  mcc: string;
};

export function ConnectOnboarding() {
  const { register, handleSubmit } = useForm<Individual>();
  return (
    <form onSubmit={handleSubmit(console.log)} className="onboarding">
      <fieldset>
        <legend>Personal details</legend>
        <input {...register("first_name")} placeholder="First name" />
        <input {...register("last_name")} placeholder="Last name" />
        <div className="dob">
          <input {...register("dob_day")} placeholder="DD" maxLength={2} /> {/* expect: date-of-birth */}
          <input {...register("dob_month")} placeholder="MM" maxLength={2} /> {/* expect: date-of-birth */}
          <input {...register("dob_year")} placeholder="YYYY" maxLength={4} /> {/* expect: date-of-birth */}
        </div>
        <input {...register("ssn_last_4")} placeholder="Last 4 digits of SSN" maxLength={4} /> {/* expect: government-id */}
      </fieldset>
      <fieldset>
        <legend>Business details</legend>
        <input {...register("business_url")} placeholder="Website" />
        <select {...register("mcc")}>
          <option value="5734">Software</option>
          <option value="7372">Services</option>
        </select>
      </fieldset>
      <fieldset>
        <legend>Payouts</legend>
        <input {...register("routing_number")} placeholder="Routing number" /> {/* expect: bank-account */}
        <input {...register("account_number")} placeholder="Account number" /> {/* expect: bank-account */}
      </fieldset>
      <button type="submit">Submit</button>
    </form>
  );
}
