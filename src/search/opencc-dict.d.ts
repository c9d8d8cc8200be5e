// opencc-js ships its dictionaries as modules without type declarations.
declare module 'opencc-js/dict/TSCharacters' {
  /** `traditional simplified[ alternative…]` entries separated by `|`. */
  const dictionary: string;
  export default dictionary;
}
