import * as React from "react";
import FormControl from "@mui/material/FormControl";
import FormLabel from "@mui/material/FormLabel";
import OutlinedInput from "@mui/material/OutlinedInput";
import RadioGroup from "@mui/material/RadioGroup";
import FormControlLabel from "@mui/material/FormControlLabel";
import Radio from "@mui/material/Radio";
import Checkbox from "@mui/material/Checkbox";
import Box from "@mui/material/Box";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";

export default function PaymentForm() {
  const [paymentType, setPaymentType] = React.useState("creditCard");
  const [cardNumber, setCardNumber] = React.useState("");
  const [cvv, setCvv] = React.useState("");
  const [expirationDate, setExpirationDate] = React.useState("");

  const handleCardNumberChange = (event: { target: { value: string } }) => {
    const value = event.target.value.replace(/\D/g, "");
    const formattedValue = value.replace(/(\d{4})(?=\d)/g, "$1 ");
    if (value.length <= 16) setCardNumber(formattedValue);
  };

  return (
    <Stack spacing={{ xs: 3, sm: 6 }} useFlexGap>
      <FormControl component="fieldset" fullWidth>
        <RadioGroup aria-label="Payment options" name="paymentType" value={paymentType} onChange={(e) => setPaymentType(e.target.value)}>
          <FormControlLabel value="creditCard" control={<Radio />} label="Card" />
          <FormControlLabel value="bankTransfer" control={<Radio />} label="Bank account" />
        </RadioGroup>
      </FormControl>
      {paymentType === "creditCard" && (
        <Box sx={{ display: "flex", flexDirection: "column", gap: 2 }}>
          <Typography variant="subtitle2">Credit card</Typography>
          <Box sx={{ display: "flex", gap: 2 }}>
            <FormControl sx={{ flexGrow: 1 }}>
              <FormLabel htmlFor="card-number" required>
                Card number
              </FormLabel>
              <OutlinedInput // expect: payment-card
                id="card-number"
                autoComplete="card-number"
                placeholder="0000 0000 0000 0000"
                required
                size="small"
                value={cardNumber}
                onChange={handleCardNumberChange}
              />
            </FormControl>
            <FormControl sx={{ maxWidth: "20%" }}>
              <FormLabel htmlFor="cvv" required>
                CVV
              </FormLabel>
              <OutlinedInput id="cvv" autoComplete="CVV" placeholder="123" required size="small" value={cvv} onChange={(e) => setCvv(e.target.value)} /> {/* expect: payment-auth */}
            </FormControl>
          </Box>
          <Box sx={{ display: "flex", gap: 2 }}>
            <FormControl sx={{ flexGrow: 1 }}>
              <FormLabel htmlFor="card-name" required>
                Name
              </FormLabel>
              <OutlinedInput id="card-name" autoComplete="card-name" placeholder="John Smith" required size="small" /> {/* expect: payment-card */}
            </FormControl>
            <FormControl sx={{ flexGrow: 1 }}>
              <FormLabel htmlFor="card-expiration" required>
                Expiration date
              </FormLabel>
              <OutlinedInput // expect: payment-card
                id="card-expiration"
                autoComplete="card-expiration"
                placeholder="MM/YY"
                required
                size="small"
                value={expirationDate}
                onChange={(e) => setExpirationDate(e.target.value)}
              />
            </FormControl>
          </Box>
          <FormControlLabel control={<Checkbox name="saveCard" />} label="Remember credit card details for next time" />
        </Box>
      )}
      {paymentType === "bankTransfer" && (
        <Box>
          <Typography variant="body1" gutterBottom>
            Bank transfer
          </Typography>
          <Typography variant="body1">Please transfer the payment to the bank account details shown below.</Typography>
        </Box>
      )}
    </Stack>
  );
}
