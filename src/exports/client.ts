'use client'
/** Admin client components, referenced by the plugin as `payload-plugin-disclosure/client#…`. */
export { WorkflowPanel } from '../admin/WorkflowPanel.js'
export { JsonValueField } from '../admin/JsonValueField.js'
