/** Lexical documents as the admin saves them (for seeds, benches and tests). */
export type LexicalBlock = { h: string } | { p: string }

const text = (value: string) => ({ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', version: 1, text: value })

/** A document of headings (h2) and paragraphs. */
export const lexicalDocument = (blocks: LexicalBlock[]) => ({
  root: {
    type: 'root',
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    children: blocks.map((block) =>
      'h' in block
        ? { type: 'heading', tag: 'h2', direction: 'ltr', format: '', indent: 0, version: 1, children: [text(block.h)] }
        : { type: 'paragraph', direction: 'ltr', format: '', indent: 0, version: 1, textFormat: 0, children: [text(block.p)] },
    ),
  },
})

/** A one-paragraph document. */
export const lexicalParagraph = (value: string) => lexicalDocument([{ p: value }])
