import { Converter } from 'opencc-js/t2cn';

// OpenCC's traditional → mainland-simplified tables (the t2cn subset loads in a few ms).
let convert: ((text: string) => string) | undefined;

/**
 * Fold traditional characters to simplified (許可證 → 许可证). The result has as
 * many code points as the input, so offsets into it are offsets into the
 * original: when a phrase rule would change the length, the text is converted
 * character by character instead. Simplified text passes through unchanged.
 */
export function toSimplified(text: string): string {
  const conv = (convert ??= Converter({ from: 't', to: 'cn' }));
  const whole = conv(text);
  if ([...whole].length === [...text].length) return whole;
  let out = '';
  for (const ch of text) {
    const one = conv(ch);
    out += [...one].length === 1 ? one : ch;
  }
  return out;
}
