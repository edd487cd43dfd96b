/**
 * How wide a text prints in a spreadsheet column, in Excel's character units: CJK and full-width
 * characters take two. The XLSX writers size rows from it, since Excel and LibreOffice do not grow rows
 * written by a streaming writer or under merged cells. Pure.
 */
export const printWidth = (text: string): number => [...text].reduce((sum, char) => sum + (/[\u1100-\uffff]/.test(char) ? 2 : 1), 0)

/** How many lines `text` wraps into in a column `width` characters wide (one at least). */
export const wrappedLines = (text: string, width: number): number => Math.max(1, Math.ceil(printWidth(text) / Math.max(1, width - 1)))
