/**
 * Minimal glob matching for rule options (`allowIn`): `**`, `*`, `?`, `{a,b}`, matched against a
 * file path relative to the working directory, with `/` separators. Compiled once per pattern list.
 */
export interface CompiledGlobs {
  matches(filename: string, cwd: string): boolean;
}

const cache = new Map<string, CompiledGlobs>();

export function compileGlobs(patterns: readonly string[]): CompiledGlobs {
  const key = patterns.join("\u0000");
  const cached = cache.get(key);
  if (cached) return cached;
  const regexes = patterns.map(globToRegExp);
  const compiled: CompiledGlobs = {
    matches(filename, cwd) {
      const normalised = filename.replace(/\\/g, "/");
      const base = cwd.replace(/\\/g, "/").replace(/\/?$/, "/");
      const relative = normalised.startsWith(base) ? normalised.slice(base.length) : normalised;
      return regexes.some((regex) => regex.test(relative));
    },
  };
  if (cache.size < 100) cache.set(key, compiled);
  return compiled;
}

export function globToRegExp(glob: string): RegExp {
  let source = "";
  let i = 0;
  const pattern = glob.replace(/^\.\//, "");
  while (i < pattern.length) {
    const char = pattern[i] as string;
    if (char === "*") {
      if (pattern[i + 1] === "*") {
        const slash = pattern[i + 2] === "/";
        source += slash ? "(?:.*/)?" : ".*";
        i += slash ? 3 : 2;
        continue;
      }
      source += "[^/]*";
    } else if (char === "?") {
      source += "[^/]";
    } else if (char === "{") {
      const end = pattern.indexOf("}", i);
      if (end > i) {
        source += `(?:${pattern
          .slice(i + 1, end)
          .split(",")
          .map((part) => part.replace(/[.+^$()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*"))
          .join("|")})`;
        i = end + 1;
        continue;
      }
      source += "\\{";
    } else {
      source += char.replace(/[.+^$()|[\]\\/]/g, "\\$&");
    }
    i += 1;
  }
  // A pattern without a slash matches the file name in any folder (like .gitignore).
  const anchored = pattern.includes("/") ? `^${source}$` : `(?:^|/)${source}$`;
  return new RegExp(anchored);
}
