import { useState } from "react";
import { Switch } from "@headlessui/react";
import { TIMEZONES } from "@/lib/timezones";

export function AccountSettings({ apiKey, onRegenerate }: { apiKey: string; onRegenerate: () => void }) {
  const [emailNotifications, setEmailNotifications] = useState(true);
  return (
    <div className="settings">
      <section>
        <h2>Profile</h2>
        <label htmlFor="displayName">Display name</label>
        <input id="displayName" name="displayName" />
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" />
        <label htmlFor="phone">Phone number</label>
        <input id="phone" name="phone" type="tel" />
        <label htmlFor="tz">Time zone</label>
        <select id="tz" name="timezone">
          {TIMEZONES.map((tz) => (
            <option key={tz}>{tz}</option>
          ))}
        </select>
        <label htmlFor="bio">Bio</label>
        <textarea id="bio" name="bio" rows={3} />
      </section>

      <section>
        <h2>Change password</h2>
        <input type="password" name="currentPassword" placeholder="Current password" autoComplete="current-password" />
        <input type="password" name="newPassword" placeholder="New password" autoComplete="new-password" />
        <label htmlFor="passwordMinLength">Minimum password length for team members</label>
        <input id="passwordMinLength" name="passwordMinLength" type="number" min={8} max={64} />
      </section>

      <section>
        <h2>API access</h2>
        <label htmlFor="apiKey">API key</label>
        <div className="copy-field">
          <input id="apiKey" name="apiKey" readOnly value={apiKey} /> {/* expect: credential */}
          <button type="button" onClick={() => navigator.clipboard.writeText(apiKey)}>
            Copy
          </button>
        </div>
        <button type="button" onClick={onRegenerate}>
          Regenerate key
        </button>
        <label htmlFor="webhookUrl">Webhook URL</label>
        <input id="webhookUrl" name="webhookUrl" type="url" />
        <label htmlFor="webhookSecret">Signing secret</label>
        <input id="webhookSecret" name="webhookSecret" readOnly /> {/* expect: credential */}
      </section>

      <section>
        <h2>Notifications</h2>
        <Switch checked={emailNotifications} onChange={setEmailNotifications} className="switch">
          <span className="sr-only">Email notifications</span>
        </Switch>
      </section>
    </div>
  );
}
