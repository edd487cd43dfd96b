/** A one-paragraph Lexical document, as the admin saves one (for seeds, benches and tests). */
export const lexicalParagraph = (text: string) => ({
  root: {
    type: 'root',
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    children: [
      {
        type: 'paragraph',
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
        textFormat: 0,
        children: [{ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', version: 1, text }],
      },
    ],
  },
})
