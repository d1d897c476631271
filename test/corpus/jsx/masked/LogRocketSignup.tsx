import { useState } from "react";

export function LogRocketSignup() {
  const [visible, setVisible] = useState(false);
  return (
    <form>
      <input name="email" type="email" />
      <input name="password" type={visible ? "text" : "password"} data-private /> 
      <button type="button" onClick={() => setVisible(!visible)}>
        {visible ? "Hide" : "Show"}
      </button>
      <input name="confirmPassword" type={visible ? "text" : "password"} /> {/* expect: credential */}
      <input name="birthday" type="date" data-private="redact" />
    </form>
  );
}
