export function asciiSource(text: string): string;
