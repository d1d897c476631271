import { Create, Edit, SimpleForm, TextInput, DateInput, SelectInput, BooleanInput, PasswordInput, required } from "react-admin";

export const CustomerEdit = () => (
  <Edit>
    <SimpleForm>
      <TextInput source="first_name" validate={required()} />
      <TextInput source="last_name" validate={required()} />
      <TextInput source="email" type="email" />
      <DateInput source="birthday" /> {/* expect: date-of-birth */}
      <TextInput source="address" multiline />
      <SelectInput source="segment" choices={[{ id: "vip", name: "VIP" }, { id: "regular", name: "Regular" }]} />
      <BooleanInput source="has_newsletter" />
      <TextInput source="tax_id" label="Tax ID" /> {/* expect: government-id */}
      <PasswordInput source="password" /> {/* expect: credential */}
    </SimpleForm>
  </Edit>
);

export const ProductCreate = () => (
  <Create>
    <SimpleForm>
      <TextInput source="reference" />
      <TextInput source="sku" />
      <TextInput source="description" multiline />
      <TextInput source="card_title" label="Card title" />
      <DateInput source="expiry_date" label="Best before" />
      <TextInput source="batch_number" />
    </SimpleForm>
  </Create>
);
