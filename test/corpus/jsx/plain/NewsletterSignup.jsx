import { useState } from "react";

export default function NewsletterSignup() {
  const [email, setEmail] = useState("");
  const [interests, setInterests] = useState([]);
  const toggle = (topic) => setInterests((t) => (t.includes(topic) ? t.filter((x) => x !== topic) : [...t, topic]));
  return (
    <form className="newsletter" onSubmit={(e) => e.preventDefault()}>
      <h3>Stay in the loop</h3>
      <input type="email" name="email" placeholder="you@example.com" value={email} onChange={(e) => setEmail(e.target.value)} />
      {["Product news", "Events", "Engineering blog"].map((topic) => (
        <label key={topic}>
          <input type="checkbox" name="interests" checked={interests.includes(topic)} onChange={() => toggle(topic)} /> {topic}
        </label>
      ))}
      <select name="frequency" defaultValue="weekly">
        <option value="daily">Daily</option>
        <option value="weekly">Weekly</option>
      </select>
      <button>Subscribe</button>
    </form>
  );
}
