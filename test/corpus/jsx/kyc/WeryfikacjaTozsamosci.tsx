import { Form, Input, DatePicker, Radio, Button } from "antd";

export default function WeryfikacjaTozsamosci() {
  const [form] = Form.useForm();
  return (
    <Form form={form} layout="vertical" name="kyc">
      <Form.Item label="Imię" name="imie" rules={[{ required: true }]}>
        <Input />
      </Form.Item>
      <Form.Item label="Nazwisko" name="nazwisko" rules={[{ required: true }]}>
        <Input />
      </Form.Item>
      <Form.Item label="PESEL" name="pesel" rules={[{ len: 11 }]}>
        <Input maxLength={11} /> {/* expect: government-id */}
      </Form.Item>
      <Form.Item label="Numer dowodu osobistego" name="numerDowodu">
        <Input /> {/* expect: government-id */}
      </Form.Item>
      <Form.Item label="Data urodzenia" name="dataUrodzenia">
        <DatePicker format="DD.MM.YYYY" /> {/* expect: date-of-birth */}
      </Form.Item>
      <Form.Item label="Rodzaj działalności" name="rodzaj">
        <Radio.Group>
          <Radio value="osoba">Osoba prywatna</Radio>
          <Radio value="firma">Firma</Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item label="NIP (dla firm)" name="nip">
        <Input />
      </Form.Item>
      <Form.Item label="Okres ważności oferty (dni)" name="waznoscDni">
        <Input type="number" />
      </Form.Item>
      <Button type="primary" htmlType="submit">
        Dalej
      </Button>
    </Form>
  );
}
