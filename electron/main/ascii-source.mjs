/**
 * A bundle's text with every character beyond ASCII written as a \uXXXX escape. V8 keeps each
 * loaded script's source in memory as one string, one byte per character only if every character
 * fits in Latin-1: a single ’ in a comment or … in a regex doubles the main bundle's 7 MB to 14 MB
 * of resident memory. esbuild already escapes strings and templates; what is left sits in comments
 * and regular expressions, where the escape means the same character. (Source map columns after
 * such a character on its line shift by a few places.)
 */
export function asciiSource(text) {
  return text.replace(/[^\x00-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
