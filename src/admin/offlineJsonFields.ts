/**
 * Offline-safe admin (government intranets have no internet): every JSON field of the plugin's
 * collections is rendered by `JsonValueField` instead of Payload's code editor, whose code comes from a
 * public CDN. A field that names its own component, or is hidden, is left as it is.
 */
import type { CollectionConfig, Field } from 'payload'

const JSON_VIEW = 'payload-plugin-disclosure/client#JsonValueField'

const withJsonView = (fields: Field[]): Field[] =>
  fields.map((field) => {
    if (field.type === 'json') {
      if (field.admin?.hidden || field.admin?.components?.Field) return field
      return { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Field: JSON_VIEW } } }
    }
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withJsonView(tab.fields) })) }
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: withJsonView(field.fields) } as Field
    return field
  })

export const offlineJsonFields = (collection: CollectionConfig): CollectionConfig => ({ ...collection, fields: withJsonView(collection.fields) })
