/**
 * HTML built so that text cannot become markup: every value put into the `html` template is escaped unless it
 * is itself a piece built by `html`. Draft text (a draft containing `<script>`) is shown as text.
 */

/** A piece of markup made by `html` (or `raw`): put into another as it is. */
export class Markup {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

const ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

/** Text as HTML text or an attribute value; a NUL, which HTML cannot carry, becomes U+FFFD. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => ESCAPES[char]).replace(/\u0000/gu, '\uFFFD')
}

type Value = Markup | string | number | boolean | null | undefined | readonly Value[]

function rendered(value: Value): string {
  if (value instanceof Markup) return value.value
  if (Array.isArray(value)) return value.map(rendered).join('')
  if (value === null || value === undefined || value === false || value === true) return ''
  return escapeHtml(String(value))
}

/** A tagged template: the literal parts as written, every value escaped (pieces of `Markup` kept, lists joined). */
export function html(strings: TemplateStringsArray, ...values: Value[]): Markup {
  let out = strings[0]
  values.forEach((value, index) => {
    out += rendered(value) + strings[index + 1]
  })
  return new Markup(out)
}

/** Markup the program wrote itself (the style sheet): never draft text. */
export function raw(markup: string): Markup {
  return new Markup(markup)
}

/** A link target a sheet may hold: an address or a file, never a script (`javascript:`). */
export function safeHref(url: string | undefined): string | undefined {
  return url && /^(?:https?|file):/iu.test(url) ? url : undefined
}
