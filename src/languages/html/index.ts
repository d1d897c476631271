// Placeholder until the HTML language lands.
export const htmlLanguage = {} as never;
