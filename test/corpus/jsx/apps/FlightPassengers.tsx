import { useFieldArray, useForm } from "react-hook-form";

type Passenger = { title: string; firstName: string; lastName: string; dateOfBirth: string; passportNumber: string; passportExpiry: string; frequentFlyer: string };

export function FlightPassengers({ count }: { count: number }) {
  const { register, control } = useForm<{ passengers: Passenger[] }>({ defaultValues: { passengers: Array(count).fill({}) } });
  const { fields } = useFieldArray({ control, name: "passengers" });
  return (
    <form>
      {fields.map((field, index) => (
        <fieldset key={field.id}>
          <legend>Passenger {index + 1}</legend>
          <select {...register(`passengers.${index}.title`)}>
            <option>Mr</option>
            <option>Ms</option>
          </select>
          <input {...register(`passengers.${index}.firstName`)} placeholder="First name" />
          <input {...register(`passengers.${index}.lastName`)} placeholder="Last name" />
          <input type="date" {...register(`passengers.${index}.dateOfBirth`)} aria-label="Date of birth" /> {/* expect: date-of-birth */}
          <input {...register(`passengers.${index}.passportNumber`)} placeholder="Passport number" /> {/* expect: government-id */}
          <input type="date" {...register(`passengers.${index}.passportExpiry`)} aria-label="Passport expiry" />
          <input {...register(`passengers.${index}.frequentFlyer`)} placeholder="Frequent flyer number (optional)" />
        </fieldset>
      ))}
      <button type="submit">Continue to seats</button>
    </form>
  );
}
