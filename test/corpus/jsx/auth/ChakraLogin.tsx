import { useState } from "react";
import {
  Button,
  FormControl,
  FormLabel,
  Input,
  InputGroup,
  InputRightElement,
  Stack,
  Checkbox,
  Heading,
} from "@chakra-ui/react";

export function ChakraLogin() {
  const [show, setShow] = useState(false);
  return (
    <Stack spacing={4} as="form">
      <Heading size="md">Welcome back</Heading>
      <FormControl id="email" isRequired>
        <FormLabel>Email address</FormLabel>
        <Input type="email" />
      </FormControl>
      <FormControl id="password" isRequired>
        <FormLabel>Password</FormLabel>
        <InputGroup size="md">
          <Input pr="4.5rem" type={show ? "text" : "password"} placeholder="Enter password" /> {/* expect: credential */}
          <InputRightElement width="4.5rem">
            <Button h="1.75rem" size="sm" onClick={() => setShow(!show)}>
              {show ? "Hide" : "Show"}
            </Button>
          </InputRightElement>
        </InputGroup>
      </FormControl>
      <Checkbox name="remember">Remember me</Checkbox>
      <Button type="submit" colorScheme="blue">
        Sign in
      </Button>
    </Stack>
  );
}
