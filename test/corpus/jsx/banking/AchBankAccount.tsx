import { useForm } from "react-hook-form";

type Ach = { accountHolderName: string; routingNumber: string; accountNumber: string; confirmAccountNumber: string; accountType: "checking" | "savings" };

export function AchBankAccount({ onSave }: { onSave: (v: Ach) => void }) {
  const { register, handleSubmit, watch } = useForm<Ach>({ defaultValues: { accountType: "checking" } });
  const accountNumber = watch("accountNumber");
  return (
    <form onSubmit={handleSubmit(onSave)}>
      <h3>Add bank account</h3>
      <label htmlFor="holder">Name on account</label>
      <input id="holder" {...register("accountHolderName")} />
      <label htmlFor="routing">Routing number</label>
      <input id="routing" {...register("routingNumber")} inputMode="numeric" maxLength={9} /> {/* expect: bank-account */}
      <label htmlFor="account">Account number</label>
      <input id="account" {...register("accountNumber")} inputMode="numeric" /> {/* expect: bank-account */}
      <label htmlFor="confirm">Confirm account number</label>
      <input // expect: bank-account
        id="confirm"
        {...register("confirmAccountNumber", { validate: (v) => v === accountNumber || "Account numbers don't match" })}
        inputMode="numeric"
      />
      <fieldset>
        <legend>Account type</legend>
        <label>
          <input type="radio" value="checking" {...register("accountType")} /> Checking
        </label>
        <label>
          <input type="radio" value="savings" {...register("accountType")} /> Savings
        </label>
      </fieldset>
      <button type="submit">Save bank account</button>
    </form>
  );
}
