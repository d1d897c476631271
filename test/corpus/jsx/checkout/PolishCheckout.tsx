import { useForm } from "react-hook-form";
import { FormInput } from "@/components/form/FormInput";

type Platnosc = { numerKarty: string; dataWaznosci: string; kodCvc: string; imieNazwisko: string; kodPocztowy: string };

export function PlatnoscKarta() {
  const { control, handleSubmit } = useForm<Platnosc>();
  return (
    <form onSubmit={handleSubmit(console.log)}>
      <FormInput control={control} name="imieNazwisko" label="Imię i nazwisko na karcie" /> {/* expect: payment-card */}
      <FormInput control={control} name="numerKarty" label="Numer karty" inputMode="numeric" /> {/* expect: payment-card */}
      <div className="wiersz">
        <FormInput control={control} name="dataWaznosci" label="Data ważności" placeholder="MM/RR" /> {/* expect: payment-card */}
        <FormInput control={control} name="kodCvc" label="Kod CVC" maxLength={4} /> {/* expect: payment-auth */}
      </div>
      <FormInput control={control} name="kodPocztowy" label="Kod pocztowy" />
      <button type="submit">Zapłać</button>
    </form>
  );
}
