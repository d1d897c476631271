import { useState } from "react";

export function ProfileAndPreferences() {
  const [theme, setTheme] = useState("system");
  return (
    <form className="profile">
      <label>
        Username
        <input name="username" />
      </label>
      <label>
        Website
        <input name="website" type="url" />
      </label>
      <label>
        Company
        <input name="company" />
      </label>
      <label>
        Job title
        <input name="jobTitle" />
      </label>
      <label>
        Pronouns
        <select name="pronouns">
          <option>she/her</option>
          <option>he/him</option>
          <option>they/them</option>
        </select>
      </label>
      <label>
        Theme
        <select name="theme" value={theme} onChange={(e) => setTheme(e.target.value)}>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
          <option value="system">System</option>
        </select>
      </label>
      <label>
        Language
        <select name="language">
          <option>English</option>
          <option>Deutsch</option>
        </select>
      </label>
      <label>
        <input type="checkbox" name="publicProfile" /> Make my profile public
      </label>
      <label>
        Card layout
        <select name="cardLayout">
          <option>Compact</option>
          <option>Comfortable</option>
        </select>
      </label>
      <label>
        Default expiry for shared links (days)
        <input name="linkExpiryDays" type="number" />
      </label>
      <label>
        Security key name
        <input name="securityKeyName" />
      </label>
    </form>
  );
}
