import { useForm } from "react-hook-form";

type Member = { firstName: string; lastName: string; religion: string; politicalParty: string; tradeUnionMember: boolean; dietaryRequirements: string; tshirtSize: string };

export function MembershipApplication() {
  const { register } = useForm<Member>();
  return (
    <form className="membership">
      <h2>Community membership</h2>
      <input {...register("firstName")} placeholder="First name" />
      <input {...register("lastName")} placeholder="Last name" />
      <label>
        Religion (optional)
        <select {...register("religion")}> {/* expect: special-category */}
          <option value="">Prefer not to say</option>
          <option>Christian</option>
          <option>Muslim</option>
          <option>Jewish</option>
          <option>Hindu</option>
          <option>Buddhist</option>
          <option>None</option>
        </select>
      </label>
      <label>
        Political party affiliation
        <input {...register("politicalParty")} /> {/* expect: special-category */}
      </label>
      <label>
        <input type="checkbox" {...register("tradeUnionMember")} /> I am a member of a trade union {/* expect: special-category */}
      </label>
      <label>
        Dietary requirements
        <input {...register("dietaryRequirements")} />
      </label>
      <label>
        T-shirt size
        <select {...register("tshirtSize")}>
          <option>S</option>
          <option>M</option>
          <option>L</option>
        </select>
      </label>
    </form>
  );
}
