/** Turns `{ value: { zh, en } }` label tables into Payload select options with both admin languages. */
export const selectOptions = <V extends string>(labels: Record<V, { zh: string; en: string }>) =>
  (Object.keys(labels) as V[]).map((value) => ({ label: { zh: labels[value].zh, en: labels[value].en }, value }))
