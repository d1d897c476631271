import { useState } from "react";

type Answer = "yes" | "no" | "";

const QUESTIONS = [
  { id: "q1", text: "Are you currently taking any prescription medications?" },
  { id: "q2", text: "Do you have any known drug allergies?" },
  { id: "q3", text: "Have you been diagnosed with high blood pressure?" },
];

export function TelehealthQuestionnaire() {
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  return (
    <form className="questionnaire">
      {QUESTIONS.map((q) => (
        <div key={q.id} className="question">
          <p>{q.text}</p>
          <label>
            <input type="radio" name={q.id} value="yes" checked={answers[q.id] === "yes"} onChange={() => setAnswers({ ...answers, [q.id]: "yes" })} /> Yes {/* expect: health */}
          </label>
          <label>
            <input type="radio" name={q.id} value="no" checked={answers[q.id] === "no"} onChange={() => setAnswers({ ...answers, [q.id]: "no" })} /> No {/* expect: health */}
          </label>
        </div>
      ))}
      <div className="question">
        <label htmlFor="details">If you answered yes to any question, please give details</label>
        <textarea id="details" name="details" rows={4} /> {/* expect: health */}
      </div>
      <div className="question">
        <label htmlFor="reason">Reason for today&apos;s visit</label>
        <textarea id="reason" name="reasonForVisit" rows={3} /> {/* expect: health */}
      </div>
      <div className="question">
        <label htmlFor="pharmacy">Preferred pharmacy</label>
        <input id="pharmacy" name="pharmacy" />
      </div>
      <button type="submit">Continue</button>
    </form>
  );
}
