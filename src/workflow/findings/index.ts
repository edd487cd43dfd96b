/** Automatic findings for the secrecy review (保密审查): detection, rich-text and attachment text, entry scan. */
export {
  FINDING_KINDS,
  detectFindings,
  foldText,
  idNumberCheckChar,
  isValidIdNumber,
  maskCard,
  maskEmail,
  maskIdNumber,
  maskMobile,
  passesLuhn,
  sortFindings,
} from './detect.js'
export type { DetectOptions, Finding, FindingKind } from './detect.js'
export { MAX_EXTRACTED_TEXT_LENGTH, extractText } from './extractText.js'
export type { ExtractOptions, ExtractedText } from './extractText.js'
export { lexicalToPlainText } from './lexicalText.js'
export { FINDING_KIND_LABELS, attachmentSource, scanEntry, summarizeFindings } from './scan.js'
export type { FindingsSummary, ScanInput } from './scan.js'
