import type { Field } from 'payload'

import { isOfficeUser } from '../access/isOffice.js'
import { isStaff } from '../access/staff.js'
import { serverWritten } from '../access/serverWritten.js'
import { beijingDateField } from './beijingDateField.js'
import { selectOptions } from '../src/labels.js'
import { DEADLINE_RULES, INFO_TYPE_LABELS, type DeadlineRuleKey } from '../src/deadlines/rules.js'
import { DEADLINE_STATE_LABELS } from '../src/deadlines/state.js'

const serverSet = serverWritten()
const officeOnly = ({ req }: { req: { user?: unknown } }) => isOfficeUser(req.user)

const RULE_LABELS = {
  ...(Object.fromEntries((Object.keys(DEADLINE_RULES) as DeadlineRuleKey[]).map((key) => [key, DEADLINE_RULES[key].label])) as Record<
    DeadlineRuleKey,
    { zh: string; en: string }
  >),
  catalog: { zh: '目录事项规定的时限', en: "The catalog item's time limit" },
}

/**
 * Fields of a record whose publication is due within a time limit: the trigger dates and type the
 * editor enters, and the due date with its derivation, which only the server writes.
 */
export const deadlineFields = (): Field[] => [
  {
    name: 'infoType',
    type: 'select',
    defaultValue: 'general',
    options: selectOptions(INFO_TYPE_LABELS),
    label: { zh: '信息类型（公开时限）', en: 'Information type (deadline)' },
  },
  {
    name: 'generalRuleByOffice',
    type: 'checkbox',
    defaultValue: false,
    // Only the office departs from the catalog item's time limit.
    access: { create: officeOnly, update: officeOnly },
    label: { zh: '政务公开办指定按一般时限（20个工作日）', en: 'Office orders the general rule (20 working days)' },
    admin: {
      description: { zh: '默认按所选目录事项规定的公开时限；勾选后改按条例第二十六条', en: "By default the catalog item's time limit applies; checked, 条例第二十六条 applies" },
      condition: (data) => Boolean(data?.catalogItem),
    },
  },
  beijingDateField({
    name: 'formedAt',
    index: true,
    label: { zh: '信息形成日期', en: 'Formed on' },
    admin: { description: { zh: '信息形成（作出决定）之日，北京时间，YYYY-MM-DD', en: 'Date the information was formed (Beijing date)' } },
  }),
  beijingDateField({
    name: 'changedAt',
    label: { zh: '信息变更日期', en: 'Changed on' },
    admin: { description: { zh: '信息变更之日；填写后公开时限自变更之日重新起算', en: 'A change restarts the clock from this date' } },
  }),
  {
    name: 'dueDate',
    type: 'text',
    index: true,
    access: serverSet,
    label: { zh: '应公开日期', en: 'Due date' },
    admin: { readOnly: true, position: 'sidebar' },
  },
  {
    name: 'deadlineRule',
    type: 'group',
    access: serverSet,
    label: { zh: '公开时限规则', en: 'Deadline rule' },
    admin: { readOnly: true, condition: (data) => Boolean(data?.dueDate) },
    fields: [
      { name: 'rule', type: 'select', options: selectOptions(RULE_LABELS), label: { zh: '规则', en: 'Rule' } },
      { name: 'days', type: 'number', label: { zh: '期限', en: 'Days' } },
      { name: 'unit', type: 'select', options: [{ label: { zh: '工作日', en: 'working days' }, value: 'working' }, { label: { zh: '自然日', en: 'calendar days' }, value: 'calendar' }], label: { zh: '单位', en: 'Unit' } },
      { name: 'trigger', type: 'select', options: [{ label: { zh: '形成日期', en: 'formed on' }, value: 'formedAt' }, { label: { zh: '变更日期', en: 'changed on' }, value: 'changedAt' }], label: { zh: '起算依据', en: 'Runs from' } },
      { name: 'triggerDate', type: 'text', index: true, label: { zh: '起算日', en: 'Start date' } },
      { name: 'basis', type: 'text', label: { zh: '依据', en: 'Legal basis' } },
    ],
  },
  {
    name: 'deadlineState',
    type: 'select',
    index: true,
    // Staff only: whether a publication was late is internal, like the late reason itself.
    access: { ...serverSet, read: isStaff },
    options: selectOptions(DEADLINE_STATE_LABELS),
    label: { zh: '时限状态', en: 'Deadline state' },
    admin: { readOnly: true, position: 'sidebar', description: { zh: '保存时及每日自动刷新', en: 'Refreshed on save and daily' } },
  },
  {
    name: 'deadlineExplain',
    type: 'textarea',
    access: serverSet,
    label: { zh: '时限计算说明', en: 'How the due date was computed' },
    admin: { readOnly: true, condition: (data) => Boolean(data?.dueDate) },
  },
  {
    name: 'provisional',
    type: 'checkbox',
    access: serverSet,
    label: { zh: '暂定（当年放假安排未发布）', en: 'Provisional (no holiday notice yet)' },
    admin: { readOnly: true, position: 'sidebar' },
  },
]
