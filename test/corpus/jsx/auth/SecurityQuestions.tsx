import { useForm } from "react-hook-form";

const QUESTIONS = [
  "What was the name of your first pet?",
  "In what city were you born?",
  "What is your mother's maiden name?",
];

type Values = { securityQuestion1: string; securityAnswer1: string; securityQuestion2: string; securityAnswer2: string };

export function SecurityQuestions({ onSave }: { onSave: (v: Values) => void }) {
  const { register, handleSubmit } = useForm<Values>();
  return (
    <form onSubmit={handleSubmit(onSave)}>
      <h2>Account recovery</h2>
      {[1, 2].map((n) => (
        <fieldset key={n}>
          <legend>Security question {n}</legend>
          <select {...register(n === 1 ? "securityQuestion1" : "securityQuestion2")}>
            {QUESTIONS.map((q) => (
              <option key={q}>{q}</option>
            ))}
          </select>
          <input // expect: credential
            {...register(n === 1 ? "securityAnswer1" : "securityAnswer2")}
            placeholder="Your answer"
            autoComplete="off"
          />
        </fieldset>
      ))}
      <label htmlFor="memorable">Memorable word</label>
      <input id="memorable" name="memorableWord" /> {/* expect: credential */}
      <button type="submit">Save</button>
    </form>
  );
}
