import { useForm } from "react-hook-form";

type Registration = {
  name: string;
  email: string;
  ticketType: string;
  tshirt: string;
  dietaryRestrictions: string;
  medicalInfo: string;
  emergencyName: string;
  emergencyPhone: string;
  photoConsent: boolean;
};

export function EventRegistration() {
  const { register, handleSubmit } = useForm<Registration>();
  return (
    <form onSubmit={handleSubmit(console.log)} className="registration">
      <label>
        Full name
        <input {...register("name")} />
      </label>
      <label>
        Email
        <input type="email" {...register("email")} />
      </label>
      <label>
        Ticket
        <select {...register("ticketType")}>
          <option>Early bird</option>
          <option>Regular</option>
          <option>Student</option>
        </select>
      </label>
      <label>
        T-shirt size
        <select {...register("tshirt")}>
          <option>S</option>
          <option>M</option>
        </select>
      </label>
      <label>
        Dietary restrictions
        <input {...register("dietaryRestrictions")} />
      </label>
      <label>
        Medical conditions or allergies we should know about
        <textarea {...register("medicalInfo")} /> {/* expect: health */}
      </label>
      <fieldset>
        <legend>Emergency contact</legend>
        <input {...register("emergencyName")} placeholder="Name" />
        <input {...register("emergencyPhone")} placeholder="Phone" />
      </fieldset>
      <label>
        <input type="checkbox" {...register("photoConsent")} /> I agree to be photographed at the event
      </label>
      <button type="submit">Register</button>
    </form>
  );
}
