import { useForm } from "react-hook-form";

const CONDITIONS = ["Diabetes", "Asthma", "Heart disease", "High blood pressure", "Epilepsy"];
const BLOOD_TYPES = ["A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-"];

type Intake = {
  fullName: string;
  dob: string;
  phone: string;
  allergies: string;
  medications: string;
  conditions: string[];
  bloodType: string;
  pregnant: "yes" | "no";
  smoker: "yes" | "no";
  heightCm: number;
  weightKg: number;
  emergencyContactName: string;
  emergencyContactPhone: string;
  insuranceProvider: string;
  memberId: string;
};

export function PatientIntake() {
  const { register, handleSubmit } = useForm<Intake>();
  return (
    <form onSubmit={handleSubmit(console.log)} className="intake">
      <h2>New patient intake</h2>
      <label>
        Full name
        <input {...register("fullName")} />
      </label>
      <label>
        Date of birth
        <input type="date" {...register("dob")} /> {/* expect: date-of-birth */}
      </label>
      <label>
        Phone
        <input type="tel" {...register("phone")} />
      </label>

      <label htmlFor="allergies">Known allergies</label>
      <textarea id="allergies" {...register("allergies")} placeholder="e.g. Penicillin, peanuts, latex" /> {/* expect: health */}

      <label htmlFor="medications">Current medications</label>
      <textarea id="medications" {...register("medications")} /> {/* expect: health */}

      <fieldset>
        <legend>Have you ever been diagnosed with any of the following medical conditions?</legend>
        {CONDITIONS.map((c) => (
          <label key={c}>
            <input type="checkbox" value={c} {...register("conditions")} /> {c} {/* expect: health */}
          </label>
        ))}
      </fieldset>

      <label htmlFor="bloodType">Blood type</label>
      <select id="bloodType" {...register("bloodType")}> {/* expect: health */}
        <option value="">Unknown</option>
        {BLOOD_TYPES.map((b) => (
          <option key={b}>{b}</option>
        ))}
      </select>

      <fieldset>
        <legend>Are you currently pregnant?</legend>
        <label>
          <input type="radio" value="yes" {...register("pregnant")} /> Yes {/* expect: health */}
        </label>
        <label>
          <input type="radio" value="no" {...register("pregnant")} /> No {/* expect: health */}
        </label>
      </fieldset>

      <fieldset>
        <legend>Do you smoke?</legend>
        <label>
          <input type="radio" value="yes" {...register("smoker")} /> Yes
        </label>
        <label>
          <input type="radio" value="no" {...register("smoker")} /> No
        </label>
      </fieldset>

      <div className="row">
        <label>
          Height (cm)
          <input type="number" {...register("heightCm")} />
        </label>
        <label>
          Weight (kg)
          <input type="number" {...register("weightKg")} />
        </label>
      </div>

      <h3>Emergency contact</h3>
      <input {...register("emergencyContactName")} placeholder="Name" />
      <input {...register("emergencyContactPhone")} placeholder="Phone" type="tel" />

      <h3>Insurance</h3>
      <input {...register("insuranceProvider")} placeholder="Insurance provider" />
      <input {...register("memberId")} placeholder="Member ID" />
      <button type="submit">Submit</button>
    </form>
  );
}
