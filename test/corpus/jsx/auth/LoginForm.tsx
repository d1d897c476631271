import { useState } from "react";
import { Link } from "react-router-dom";

export function LoginForm({ onLogin, error }: { onLogin: (email: string, password: string) => void; error?: string }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  return (
    <form
      className="login"
      onSubmit={(e) => {
        e.preventDefault();
        onLogin(email, password);
      }}
    >
      <h1>Sign in</h1>
      {error && <div role="alert">{error}</div>}
      <label htmlFor="login-email">Email address</label>
      <input id="login-email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} />
      <label htmlFor="login-password">Password</label>
      <input
        id="login-password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <label className="remember">
        <input type="checkbox" name="rememberMe" /> Keep me signed in
      </label>
      <button type="submit">Sign in</button>
      <Link to="/forgot-password">Forgot your password?</Link>
    </form>
  );
}
