import { useState } from "react";
import { Eye, EyeOff } from "lucide-react";
import { PasswordStrengthMeter } from "./PasswordStrengthMeter";

export function SignupForm() {
  const [showPassword, setShowPassword] = useState(false);
  const [password, setPassword] = useState("");
  return (
    <form className="signup" action="/signup" method="post">
      <div className="name-row">
        <input name="firstName" placeholder="First name" autoComplete="given-name" />
        <input name="lastName" placeholder="Last name" autoComplete="family-name" />
      </div>
      <input name="email" type="email" placeholder="Work email" autoComplete="email" />
      <input name="company" placeholder="Company name" autoComplete="organization" />
      <div className="password-field">
        <input // expect: credential
          name="password"
          type={showPassword ? "text" : "password"}
          autoComplete="new-password"
          placeholder="Create a password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <button type="button" aria-label={showPassword ? "Hide password" : "Show password"} onClick={() => setShowPassword((s) => !s)}>
          {showPassword ? <EyeOff size={16} /> : <Eye size={16} />}
        </button>
      </div>
      <PasswordStrengthMeter password={password} />
      <input // expect: credential
        name="passwordConfirmation"
        type={showPassword ? "text" : "password"}
        placeholder="Repeat password"
      />
      <select name="teamSize" defaultValue="">
        <option value="" disabled>
          Team size
        </option>
        <option>1-10</option>
        <option>11-50</option>
        <option>51+</option>
      </select>
      <label>
        <input type="checkbox" name="acceptTerms" required /> I agree to the Terms of Service
      </label>
      <label>
        <input type="checkbox" name="newsletter" /> Send me product updates
      </label>
      <button type="submit">Create account</button>
    </form>
  );
}
