/** Reads the visitor's choice from the consent banner (Cookiebot). */
export function hasConsent(category: "statistics" | "marketing"): boolean {
  const cookiebot = (window as { Cookiebot?: { consent: Record<string, boolean> } }).Cookiebot;
  return cookiebot?.consent[category] === true;
}
