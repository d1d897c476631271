import { Search } from "lucide-react";
import { Input } from "@/components/ui/input";
import { CommandInput } from "@/components/ui/command";

export function SearchHeader({ onSearch }: { onSearch: (q: string) => void }) {
  return (
    <header className="flex items-center gap-4">
      <div className="relative">
        <Search className="absolute left-2 top-2.5 h-4 w-4" />
        <Input type="search" placeholder="Search orders, customers…" className="pl-8" onChange={(e) => onSearch(e.target.value)} />
      </div>
      <CommandInput placeholder="Type a command or search..." />
      <input className="spinner" type="text" name="spinner" aria-label="Spinner demo" readOnly />
    </header>
  );
}
