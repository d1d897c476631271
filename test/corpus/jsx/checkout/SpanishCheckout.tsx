import { Controller, useForm } from "react-hook-form";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

interface PagoForm {
  numeroTarjeta: string;
  titular: string;
  caducidad: string;
  cvv: string;
  codigoPromocional: string;
  telefono: string;
}

export function FormularioPago() {
  const { control, handleSubmit } = useForm<PagoForm>();
  return (
    <form onSubmit={handleSubmit(console.log)} className="grid gap-4">
      <Controller
        name="numeroTarjeta"
        control={control}
        render={({ field }) => (
          <div className="grid gap-1">
            <Label htmlFor="numeroTarjeta">Número de tarjeta</Label>
            <Input id="numeroTarjeta" inputMode="numeric" {...field} /> {/* expect: payment-card */}
          </div>
        )}
      />
      <Controller
        name="titular"
        control={control}
        render={({ field }) => (
          <div className="grid gap-1">
            <Label htmlFor="titular">Nombre del titular</Label>
            <Input id="titular" {...field} /> {/* expect: payment-card */}
          </div>
        )}
      />
      <div className="grid grid-cols-2 gap-4">
        <Controller
          name="caducidad"
          control={control}
          render={({ field }) => (
            <div className="grid gap-1">
              <Label htmlFor="caducidad">Fecha de caducidad</Label>
              <Input id="caducidad" placeholder="MM/AA" {...field} /> {/* expect: payment-card */}
            </div>
          )}
        />
        <Controller
          name="cvv"
          control={control}
          render={({ field }) => (
            <div className="grid gap-1">
              <Label htmlFor="cvv">CVV</Label>
              <Input id="cvv" maxLength={4} {...field} /> {/* expect: payment-auth */}
            </div>
          )}
        />
      </div>
      <Controller
        name="telefono"
        control={control}
        render={({ field }) => (
          <div className="grid gap-1">
            <Label htmlFor="telefono">Teléfono (sin prefijo)</Label>
            <Input id="telefono" type="tel" {...field} />
          </div>
        )}
      />
      <Controller
        name="codigoPromocional"
        control={control}
        render={({ field }) => (
          <div className="grid gap-1">
            <Label htmlFor="codigoPromocional">Código promocional</Label>
            <Input id="codigoPromocional" {...field} />
          </div>
        )}
      />
    </form>
  );
}
