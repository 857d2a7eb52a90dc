/**
 * Danish amounts as printed in case texts: 7.462.000 kr. · 0,6 mio. kr. · -4,5 mio. kr. · 1,3 pct.
 */

// Some ICU versions emit U+2212 MINUS SIGN for da-DK; printed documents use the hyphen-minus.
const MINUS_SIGN = /\u2212/g;

function formatNumber(value: number, minDigits: number, maxDigits: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Ugyldigt tal: ${value}.`);
  return new Intl.NumberFormat('da-DK', {
    minimumFractionDigits: minDigits,
    maximumFractionDigits: maxDigits,
    useGrouping: true,
    // Keeps -0,04 from printing as "-0,0".
    signDisplay: 'negative',
  })
    .format(value)
    .replace(MINUS_SIGN, '-');
}

/** 7462000 -> '7.462.000 kr.'; -1250.5 -> '-1.250,50 kr.' (øre only when the amount has them) */
export function formatKroner(amount: number): string {
  const withOre = formatNumber(amount, 2, 2);
  const text = withOre.endsWith(',00') ? withOre.slice(0, -3) : withOre;
  return `${text} kr.`;
}

/** 600000 -> '0,6 mio. kr.'; 12000000 -> '12,0 mio. kr.' */
export function formatMillions(amount: number, options: { digits?: number } = {}): string {
  const digits = options.digits ?? 1;
  return `${formatNumber(amount / 1_000_000, digits, digits)} mio. kr.`;
}

/** 1.3 -> '1,3 pct.'; 25 -> '25 pct.' (up to two decimals unless `digits` fixes them) */
export function formatPercent(value: number, options: { digits?: number } = {}): string {
  const min = options.digits ?? 0;
  const max = options.digits ?? 2;
  return `${formatNumber(value, min, max)} pct.`;
}
