import TextField from "@mui/material/TextField";
import Grid from "@mui/material/Grid";

export function ShippingAddress() {
  return (
    <Grid container spacing={2}>
      <Grid item xs={6}>
        <TextField label="First name" name="firstName" autoComplete="shipping given-name" fullWidth />
      </Grid>
      <Grid item xs={6}>
        <TextField label="Last name" name="lastName" autoComplete="shipping family-name" fullWidth />
      </Grid>
      <Grid item xs={12}>
        <TextField label="Address line 1" name="address1" autoComplete="shipping address-line1" fullWidth />
      </Grid>
      <Grid item xs={12}>
        <TextField label="Address line 2" name="address2" autoComplete="shipping address-line2" fullWidth />
      </Grid>
      <Grid item xs={6}>
        <TextField label="City" name="city" autoComplete="shipping address-level2" fullWidth />
      </Grid>
      <Grid item xs={6}>
        <TextField label="Zip / Postal code" name="zip" autoComplete="shipping postal-code" fullWidth />
      </Grid>
      <Grid item xs={12}>
        <TextField label="Phone" name="phone" autoComplete="shipping tel" fullWidth />
      </Grid>
      <Grid item xs={12}>
        <TextField label="Delivery instructions" name="deliveryInstructions" multiline fullWidth />
      </Grid>
    </Grid>
  );
}
