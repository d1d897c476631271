import { useState } from "react";

export function RouterSettings() {
  const [band, setBand] = useState("5");
  return (
    <form className="wifi">
      <h2>Wireless settings</h2>
      <label htmlFor="ssid">Network name (SSID)</label>
      <input id="ssid" name="ssid" />
      <label htmlFor="wifiPassword">Wi-Fi password</label>
      <input id="wifiPassword" name="wifiPassword" type="password" />
      <label htmlFor="band">Band</label>
      <select id="band" name="band" value={band} onChange={(e) => setBand(e.target.value)}>
        <option value="2.4">2.4 GHz</option>
        <option value="5">5 GHz</option>
      </select>
      <label htmlFor="channel">Channel</label>
      <select id="channel" name="channel">
        <option>Auto</option>
        <option>36</option>
      </select>
      <label htmlFor="dns">DNS server</label>
      <input id="dns" name="dnsServer" />
      <label htmlFor="ip">Router IP address</label>
      <input id="ip" name="ipAddress" />
      <label>
        <input type="checkbox" name="wps" /> Enable WPS
      </label>
    </form>
  );
}
