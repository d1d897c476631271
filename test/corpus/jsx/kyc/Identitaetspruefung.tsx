import { Controller, useForm } from "react-hook-form";
import { DatePicker } from "@/components/ui/date-picker";
import { Input } from "@/components/ui/input";

type Werte = {
  vorname: string;
  nachname: string;
  geburtsdatum: Date;
  geburtsort: string;
  staatsangehoerigkeit: string;
  steuerId: string;
  ausweisnummer: string;
};

export function Identitaetspruefung() {
  const { control, register, handleSubmit } = useForm<Werte>();
  return (
    <form onSubmit={handleSubmit(console.log)} className="grid gap-4">
      <div className="grid grid-cols-2 gap-4">
        <label>
          Vorname
          <Input {...register("vorname")} />
        </label>
        <label>
          Nachname
          <Input {...register("nachname")} />
        </label>
      </div>
      <label>
        Geburtsdatum
        <Controller
          control={control}
          name="geburtsdatum"
          render={({ field }) => <DatePicker value={field.value} onChange={field.onChange} />} // expect: date-of-birth
        />
      </label>
      <label>
        Geburtsort
        <Input {...register("geburtsort")} />
      </label>
      <label>
        Staatsangehörigkeit
        <Input {...register("staatsangehoerigkeit")} />
      </label>
      <label>
        Steuerliche Identifikationsnummer (Steuer-ID)
        <Input {...register("steuerId")} inputMode="numeric" maxLength={11} /> {/* expect: government-id */}
      </label>
      <label>
        Ausweisnummer
        <Input {...register("ausweisnummer")} maxLength={10} /> {/* expect: government-id */}
      </label>
      <button type="submit">Weiter</button>
    </form>
  );
}
