import { useState } from "react";

export function BackgroundQuestions() {
  const [convicted, setConvicted] = useState<"yes" | "no" | "">("");
  return (
    <div className="application-step">
      <h3>Additional questions</h3>
      <div className="question">
        <p className="question__text">Have you ever been convicted of a felony?</p>
        <label>
          <input type="radio" name="felonyConviction" value="yes" checked={convicted === "yes"} onChange={() => setConvicted("yes")} /> {/* expect: criminal */}
          Yes
        </label>
        <label>
          <input type="radio" name="felonyConviction" value="no" checked={convicted === "no"} onChange={() => setConvicted("no")} /> {/* expect: criminal */}
          No
        </label>
      </div>
      {convicted === "yes" && (
        <div className="question">
          <label htmlFor="felonyExplanation">Please explain the nature of the conviction, the date and the outcome.</label>
          <textarea id="felonyExplanation" name="felonyExplanation" rows={4} /> {/* expect: criminal */}
        </div>
      )}
      <div className="question">
        <p className="question__text">Are you legally authorized to work in the United States?</p>
        <label>
          <input type="radio" name="workAuthorization" value="yes" /> Yes
        </label>
        <label>
          <input type="radio" name="workAuthorization" value="no" /> No
        </label>
      </div>
      <div className="question">
        <p className="question__text">Will you now or in the future require sponsorship?</p>
        <select name="sponsorship">
          <option>No</option>
          <option>Yes</option>
        </select>
      </div>
    </div>
  );
}
