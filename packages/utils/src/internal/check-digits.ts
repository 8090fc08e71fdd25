/** ISO 7064 MOD 97-10 remainder of an alphanumeric string (letters count A = 10 … Z = 35). */
export function mod97(text: string): number {
  let remainder = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    const value = code >= 65 ? code - 55 : code - 48;
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder;
}

/** ISO 7064 MOD 11,10 check digit for a string of decimal digits (German tax and VAT ids). */
export function iso7064Mod1110(digits: string): number {
  let product = 10;
  for (const char of digits) {
    let sum = (Number(char) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

/** ICAO 9303 check digit with weights 7-3-1 (machine-readable travel documents, German ID card). */
export function icao731(text: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const value = code >= 65 ? code - 55 : code === 60 ? 0 : code - 48;
    sum += value * (weights[i % 3] ?? 1);
  }
  return sum % 10;
}
