/**
 * Glyph variants folded to the characters a simplified-Chinese disclosure prints. A PDF maps each
 * glyph back to one code point; fonts that share a glyph between a simplified character and its
 * variant (户/戶, 内/內 in the CJK fonts Chromium embeds) may give back the variant, and CJK
 * compatibility ideographs (U+F900–U+FAFF) stand for unified ones. Vocabulary matching (headers,
 * row labels) needs the one spelling.
 * @module
 */

// variants a shared glyph gives back, as the simplified character they print
const VARIANTS: Readonly<Record<string, string>> = {
  戶: '户',
  內: '内',
  呂: '吕',
  兌: '兑',
  稅: '税',
  說: '说',
  銳: '锐',
  脫: '脱',
  閱: '阅',
  悅: '悦',
}

const ODD = /[戶內呂兌稅說銳脫閱悅\uf900-\ufaff]/

/**
 * Folds glyph variants and compatibility ideographs to the characters they stand for.
 *
 * @param text - text as a PDF gives it back
 * @returns the text with variants folded (unchanged when it has none)
 * @example
 * ```ts
 * foldGlyphVariants('财政专戶管理资金') // '财政专户管理资金'
 * ```
 */
export function foldGlyphVariants(text: string): string {
  if (!ODD.test(text)) return text
  let out = ''
  for (const ch of text) {
    const v = VARIANTS[ch]
    if (v !== undefined) out += v
    else {
      const cp = ch.codePointAt(0) ?? 0
      out += cp >= 0xf900 && cp <= 0xfaff ? ch.normalize('NFKC') : ch
    }
  }
  return out
}
