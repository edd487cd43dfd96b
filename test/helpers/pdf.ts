/** Test files built in code. */
export { pdf } from '../../src/seed/pdf.js'
