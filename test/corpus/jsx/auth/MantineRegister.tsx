import { TextInput, PasswordInput, Button, Group, Select } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { useForm } from "@mantine/form";

export function MantineRegister() {
  const form = useForm({
    initialValues: { email: "", password: "", birthDate: null as Date | null, country: "" },
  });

  return (
    <form onSubmit={form.onSubmit(console.log)}>
      <TextInput withAsterisk label="Email" placeholder="your@email.com" {...form.getInputProps("email")} />
      <PasswordInput withAsterisk label="Password" {...form.getInputProps("password")} /> {/* expect: credential */}
      <DateInput label="Date of birth" valueFormat="DD/MM/YYYY" {...form.getInputProps("birthDate")} /> {/* expect: date-of-birth */}
      <Select label="Country" data={["Germany", "France", "Poland"]} {...form.getInputProps("country")} />
      <Group justify="flex-end" mt="md">
        <Button type="submit">Register</Button>
      </Group>
    </form>
  );
}
