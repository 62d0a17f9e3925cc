/** iconv-lite only encodes a fixed GB18030 draft back to disk; the page reads with TextDecoder and writes UTF-8. */
function encode(): never {
  throw new Error('the page writes drafts as UTF-8 only')
}

export default {encode}
