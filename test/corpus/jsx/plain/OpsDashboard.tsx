import { useState } from "react";
import { Input, Select, Switch, Table, Tag } from "antd";

export function OpsDashboard({ services }: { services: { name: string; healthCheck: string; status: string }[] }) {
  const [filter, setFilter] = useState("");
  return (
    <div className="ops">
      <Input.Search placeholder="Filter services" value={filter} onChange={(e) => setFilter(e.target.value)} />
      <Select
        placeholder="Environment"
        options={[{ value: "prod" }, { value: "staging" }]}
        style={{ width: 160 }}
      />
      <Input addonBefore="Health check URL" name="healthCheckUrl" placeholder="/healthz" />
      <Input addonBefore="Routing key" name="routing_key" />
      <Input addonBefore="Adobe ID" name="adobeId" />
      <Input addonBefore="Business name" name="businessName" />
      <Switch checkedChildren="Pinned" unCheckedChildren="All" />
      <Table
        dataSource={services.filter((s) => s.name.includes(filter))}
        columns={[
          { title: "Service", dataIndex: "name" },
          { title: "Status", dataIndex: "status", render: (s: string) => <Tag color={s === "up" ? "green" : "red"}>{s}</Tag> },
        ]}
      />
    </div>
  );
}
