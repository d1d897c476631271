import { useFieldArray, useForm } from "react-hook-form";

type Job = { company: string; title: string; start: string; end: string; current: boolean; description: string };
type Values = { jobs: Job[]; expYears: number; skills: string; salaryExpectation: string; linkedin: string; coverLetter: string };

export function WorkExperience() {
  const { register, control } = useForm<Values>({ defaultValues: { jobs: [{} as Job] } });
  const { fields, append, remove } = useFieldArray({ control, name: "jobs" });
  return (
    <form className="experience">
      {fields.map((f, i) => (
        <div key={f.id} className="job">
          <input {...register(`jobs.${i}.company`)} placeholder="Company" />
          <input {...register(`jobs.${i}.title`)} placeholder="Job title" />
          <input {...register(`jobs.${i}.start`)} placeholder="MM/YY" aria-label="Start date" />
          <input {...register(`jobs.${i}.end`)} placeholder="MM/YY" aria-label="End date" />
          <label>
            <input type="checkbox" {...register(`jobs.${i}.current`)} /> I currently work here
          </label>
          <textarea {...register(`jobs.${i}.description`)} placeholder="What did you do?" />
          <button type="button" onClick={() => remove(i)}>
            Remove
          </button>
        </div>
      ))}
      <button type="button" onClick={() => append({} as Job)}>
        Add position
      </button>
      <label>
        Years of experience
        <input type="number" {...register("expYears")} min={0} />
      </label>
      <label>
        Skills (e.g. Swift, Kotlin, React)
        <input {...register("skills")} />
      </label>
      <label>
        Salary expectations
        <input {...register("salaryExpectation")} />
      </label>
      <label>
        LinkedIn profile
        <input type="url" {...register("linkedin")} />
      </label>
      <label>
        Cover letter
        <textarea {...register("coverLetter")} rows={8} />
      </label>
      <label>
        Resume
        <input type="file" name="resume" accept=".pdf,.doc,.docx" />
      </label>
    </form>
  );
}
