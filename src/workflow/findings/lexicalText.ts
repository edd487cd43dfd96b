/**
 * Plain text of a Payload Lexical rich-text value, for scanning. Pure; never throws: a body may be null, a
 * string (older data, or JSON saved as text), or anything else a broken import left behind.
 */

/** Inline element nodes: their text runs on with the surrounding line. Any other node with children is a block. */
const INLINE_ELEMENTS = new Set(['link', 'autolink', 'mark', 'hashtag', 'emoji'])
/** Keys of a Payload block's `fields` that hold no content a person wrote. */
const BLOCK_META_KEYS = new Set(['id', 'blockType', 'blockName'])
/** Nesting deeper than any real document: stop there rather than overflow the stack on a hostile value. */
const MAX_DEPTH = 200

type Node = Record<string, unknown>

const isObject = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value)

/** A Lexical editor state: `{ root: { children: [...] } }`. */
const isEditorState = (value: unknown): value is { root: Node } =>
  isObject(value) && isObject(value.root) && Array.isArray(value.root.children)

class Writer {
  parts: string[] = []
  /** Ends the current line (a block boundary); repeated boundaries collapse into one. */
  newline(): void {
    const last = this.parts[this.parts.length - 1]
    if (last !== undefined && last !== '\n') this.parts.push('\n')
  }
  write(text: string): void {
    if (text) this.parts.push(text)
  }
  toString(): string {
    return this.parts.join('').replace(/\n{2,}/g, '\n').trim()
  }
}

/** Strings a person typed into a block's fields (text, textarea, nested rich text, arrays of those). */
const walkFields = (value: unknown, out: Writer, depth: number, seen: WeakSet<object>): void => {
  if (depth > MAX_DEPTH) return
  if (typeof value === 'string') {
    out.newline()
    out.write(value)
    out.newline()
    return
  }
  if (Array.isArray(value)) {
    if (seen.has(value)) return
    seen.add(value)
    for (const item of value) walkFields(item, out, depth + 1, seen)
    return
  }
  if (!isObject(value) || seen.has(value)) return
  if (isEditorState(value)) {
    walkNode(value.root, out, depth + 1, seen)
    return
  }
  seen.add(value)
  for (const [key, item] of Object.entries(value)) {
    if (!BLOCK_META_KEYS.has(key)) walkFields(item, out, depth + 1, seen)
  }
}

const walkNode = (node: unknown, out: Writer, depth: number, seen: WeakSet<object>): void => {
  if (depth > MAX_DEPTH || !isObject(node) || seen.has(node)) return
  seen.add(node)
  const type = typeof node.type === 'string' ? node.type : ''
  if (typeof node.text === 'string') {
    out.write(node.text)
    return
  }
  if (type === 'linebreak') {
    out.write('\n')
    return
  }
  if (type === 'tab') {
    out.write('\t')
    return
  }
  // Payload blocks (BlocksFeature) keep their content in `fields`, which can hold personal data too.
  if ((type === 'block' || type === 'inlineBlock') && isObject(node.fields)) {
    walkFields(node.fields, out, depth + 1, seen)
    return
  }
  if (!Array.isArray(node.children)) return
  const block = !INLINE_ELEMENTS.has(type)
  if (block) out.newline()
  for (const child of node.children) walkNode(child, out, depth + 1, seen)
  if (block) out.newline()
}

/**
 * The text of a Lexical editor state, blocks (paragraphs, headings, quotes, list items, table cells …) on lines
 * of their own. A string that is not an editor state's JSON is returned as it is (it is text too).
 */
export const lexicalToPlainText = (value: unknown): string => {
  try {
    let state = value
    if (typeof value === 'string') {
      const trimmed = value.trim()
      if (!trimmed.startsWith('{')) return value
      try {
        state = JSON.parse(trimmed) as unknown
      } catch {
        return value
      }
      if (!isEditorState(state)) return value
    }
    if (!isEditorState(state)) return ''
    const out = new Writer()
    walkNode(state.root, out, 0, new WeakSet())
    return out.toString()
  } catch {
    // Getters that throw, proxies, …: garbage in, no text out.
    return ''
  }
}
