import { Box, Button, Heading, HStack, PinInput, PinInputField, Text } from "@chakra-ui/react";

export function ChakraPinVerify({ email, onComplete }: { email: string; onComplete: (value: string) => void }) {
  return (
    <Box textAlign="center">
      <Heading size="md">Check your inbox</Heading>
      <Text>We sent a verification code to {email}.</Text>
      <HStack justify="center" my={6}>
        <PinInput otp size="lg" onComplete={onComplete}> {/* expect: one-time-code|credential */}
          <PinInputField />
          <PinInputField />
          <PinInputField />
          <PinInputField />
          <PinInputField />
          <PinInputField />
        </PinInput>
      </HStack>
      <Button variant="link">Didn&apos;t get it? Send again</Button>
    </Box>
  );
}
