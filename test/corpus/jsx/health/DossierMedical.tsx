import { TextField, FormControl, FormLabel, RadioGroup, FormControlLabel, Radio } from "@mui/material";

export function DossierMedical() {
  return (
    <form className="dossier">
      <TextField label="Numéro de sécurité sociale" name="numeroSecu" fullWidth /> {/* expect: government-id */}
      <TextField label="Allergies" name="allergies" multiline rows={2} fullWidth /> {/* expect: health */}
      <TextField label="Traitement en cours" name="traitement" multiline rows={2} fullWidth /> {/* expect: health */}
      <TextField label="Antécédents médicaux" name="antecedents" multiline rows={3} fullWidth /> {/* expect: health */}
      <FormControl>
        <FormLabel id="handicap-label">Êtes-vous en situation de handicap ?</FormLabel>
        <RadioGroup aria-labelledby="handicap-label" name="handicap" row> {/* expect: health */}
          <FormControlLabel value="oui" control={<Radio />} label="Oui" />
          <FormControlLabel value="non" control={<Radio />} label="Non" />
        </RadioGroup>
      </FormControl>
      <TextField label="Médecin traitant" name="medecin" fullWidth />
      <TextField label="Mutuelle" name="mutuelle" fullWidth />
    </form>
  );
}
