/**
 * Findings as an entry stores them (masked, never the full personal data), their signature, and how many
 * still stand. No Payload import: the scan hooks, the workflow's facts and the review queue share these.
 */
import { createHash } from 'node:crypto'

/** A finding as stored: what kind, where, and the masked value (never the full personal data). */
export interface StoredFinding {
  kind: string
  source: string
  masked: string
}

/** The stored form of scan results. */
export const storedFindings = (findings: { kind: string; source?: string; masked: string }[]): StoredFinding[] =>
  findings.map((finding) => ({ kind: finding.kind, source: finding.source ?? '', masked: finding.masked }))

/** Identifies a set of findings, so an acknowledgement covers exactly the findings it was given for. */
export const findingsSignature = (findings: StoredFinding[]): string =>
  createHash('sha256').update(JSON.stringify(findings.map((finding) => [finding.kind, finding.source, finding.masked]))).digest('hex').slice(0, 32)

/** How many findings still stand: none once acknowledged for exactly this set. */
export const openFindings = (doc: Record<string, any>): number => {
  const findings = Array.isArray(doc.findings) ? doc.findings.length : 0
  return findings > 0 && doc.findingsAcknowledgement?.signature && doc.findingsAcknowledgement.signature === doc.findingsSignature ? 0 : findings
}
