/**
 * Payload's own field validation of a value set that will not be written as it stands: a correction of a
 * published entry (更正) is stored aside, yet must pass the same rules (required, lengths, relations, …)
 * as the content it will replace. Runs Payload's field traversal on a copy and throws its usual
 * ValidationError (400, each field named) if any field fails.
 */
import { beforeChangeTraverseFields, ValidationError, type PayloadRequest, type SanitizedCollectionConfig, type ValidationFieldError } from 'payload'

export const assertFieldsValid = async ({
  collection,
  data,
  original,
  fields,
  req,
}: {
  collection: SanitizedCollectionConfig
  data: Record<string, unknown>
  original: Record<string, unknown>
  /** the top-level fields to validate */
  fields: readonly string[]
  req: PayloadRequest
}): Promise<void> => {
  const errors: ValidationFieldError[] = []
  const copy = structuredClone(data)
  await beforeChangeTraverseFields({
    id: original.id as number | string,
    collection,
    context: { ...req.context },
    data: copy,
    doc: original,
    docWithLocales: original,
    errors,
    fieldLabelPath: '',
    fields: collection.fields,
    global: null,
    mergeLocaleActions: [],
    operation: 'update',
    // Only validation is wanted here: who may write which field was settled by the save itself.
    overrideAccess: true,
    parentIndexPath: '',
    parentIsLocalized: false,
    parentPath: '',
    parentSchemaPath: '',
    req,
    siblingData: copy,
    siblingDoc: original,
    siblingDocWithLocales: original,
    skipValidation: false,
    submittedTopLevelFieldNames: new Set(fields),
  } as Parameters<typeof beforeChangeTraverseFields>[0])
  if (errors.length > 0) throw new ValidationError({ id: original.id as number | string, collection: collection.slug, errors, req }, req.t)
}
