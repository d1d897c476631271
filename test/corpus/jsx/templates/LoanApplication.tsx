import { useForm } from "react-hook-form";

type Loan = {
  amount: number;
  term: string;
  purpose: string;
  employer: string;
  annualIncome: number;
  monthlyRent: number;
  ssn: string;
  dateOfBirth: string;
  maritalStatus: string;
  dependents: number;
  bankruptcy: "yes" | "no";
};

export function LoanApplication() {
  const { register, handleSubmit } = useForm<Loan>();
  return (
    <form onSubmit={handleSubmit(console.log)}>
      <section>
        <h3>Your loan</h3>
        <label htmlFor="amount">Loan amount</label>
        <input id="amount" type="number" {...register("amount")} />
        <label htmlFor="term">Term</label>
        <select id="term" {...register("term")}>
          <option>12 months</option>
          <option>24 months</option>
          <option>36 months</option>
        </select>
        <label htmlFor="purpose">Purpose</label>
        <select id="purpose" {...register("purpose")}>
          <option>Debt consolidation</option>
          <option>Home improvement</option>
          <option>Car</option>
        </select>
      </section>
      <section>
        <h3>About you</h3>
        <label htmlFor="employer">Employer</label>
        <input id="employer" {...register("employer")} />
        <label htmlFor="income">Annual income</label>
        <input id="income" type="number" {...register("annualIncome")} />
        <label htmlFor="rent">Monthly rent or mortgage</label>
        <input id="rent" type="number" {...register("monthlyRent")} />
        <label htmlFor="ssn">Social Security Number</label>
        <input id="ssn" {...register("ssn")} inputMode="numeric" /> {/* expect: government-id */}
        <label htmlFor="dob">Date of birth</label>
        <input id="dob" type="date" {...register("dateOfBirth")} /> {/* expect: date-of-birth */}
        <label htmlFor="marital">Marital status</label>
        <select id="marital" {...register("maritalStatus")}>
          <option>Single</option>
          <option>Married</option>
        </select>
        <label htmlFor="dependents">Number of dependents</label>
        <input id="dependents" type="number" {...register("dependents")} />
      </section>
      <button type="submit">Check my rate</button>
    </form>
  );
}
