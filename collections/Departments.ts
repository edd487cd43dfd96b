import type { CollectionConfig } from 'payload'

import { isOffice } from '../access/isOffice.js'
import { publicReadsActive } from '../access/publicReadsActive.js'
import { preventDeleteWhenReferenced } from '../hooks/preventDeleteWhenReferenced.js'
import { preventParentCycle } from '../hooks/preventParentCycle.js'
import { relationExists } from '../src/services/fieldValidators.js'
import { DEPARTMENT_KIND_LABELS } from '../src/department-kinds.js'
import { selectOptions } from '../src/labels.js'
import type { ResolvedDisclosureOptions } from '../src/options.js'
import { checkOrgCode, normalizeOrgCode } from '../src/org-code.js'

const PHONE = /^[0-9+()\-\s转]{3,40}$/

export const departmentsCollection = (options: ResolvedDisclosureOptions): CollectionConfig => ({
  slug: options.slugs.departments,
  labels: {
    singular: { zh: '部门', en: 'Department' },
    plural: { zh: '部门', en: 'Departments' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'shortName', 'orgCode', 'kind', 'active'],
    group: { zh: '政务公开', en: 'Disclosure' },
    description: {
      zh: '公开主体：区县政府、部门、乡镇街道及公共企事业单位。有信息的部门不能删除，请改为停用。',
      en: 'Disclosing bodies. A department that has records cannot be deleted: deactivate it instead.',
    },
  },
  access: {
    read: publicReadsActive,
    create: isOffice,
    update: isOffice,
    delete: isOffice,
  },
  hooks: {
    beforeChange: [preventParentCycle('parent')],
    beforeDelete: [
      preventDeleteWhenReferenced(
        () => [
          { collection: options.slugs.disclosures, field: 'department', label: '条公开信息 (disclosure records)' },
          { collection: options.usersSlug, field: 'department', label: '个用户 (users)' },
          { collection: options.slugs.departments, field: 'parent', label: '个下级部门 (sub-departments)' },
        ],
        '请改为停用（取消“启用”）。/ Deactivate the department instead.',
      ),
    ],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 200,
      label: { zh: '部门名称', en: 'Name (Chinese)' },
    },
    {
      name: 'nameEn',
      type: 'text',
      maxLength: 200,
      label: { zh: '英文名称', en: 'Name (English)' },
    },
    {
      name: 'shortName',
      type: 'text',
      maxLength: 50,
      label: { zh: '简称', en: 'Short name' },
    },
    {
      name: 'orgCode',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { zh: '机构代码', en: 'Organisation code' },
      admin: {
        description: {
          zh: '18位统一社会信用代码或9位组织机构代码，用于生成索引号。',
          en: '18-character unified social credit code or 9-character organisation code; used in index numbers (索引号).',
        },
      },
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? normalizeOrgCode(value) : value)] },
      validate: (value: unknown) => {
        if (typeof value !== 'string' || value.trim() === '') return '必填 / required'
        const result = checkOrgCode(value)
        return result.ok ? true : result.reason
      },
    },
    {
      name: 'kind',
      type: 'select',
      defaultValue: 'department',
      options: selectOptions(DEPARTMENT_KIND_LABELS),
      label: { zh: '类型', en: 'Kind' },
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: options.slugs.departments,
      label: { zh: '上级部门', en: 'Parent department' },
      validate: relationExists(),
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      name: 'phone',
      type: 'text',
      label: { zh: '联系电话', en: 'Contact phone' },
      validate: (value: unknown) =>
        value === null || value === undefined || value === '' || (typeof value === 'string' && PHONE.test(value))
          ? true
          : '电话号码格式不正确 / not a phone number',
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      label: { zh: '启用', en: 'Active' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'disclosures',
      type: 'join',
      collection: options.slugs.disclosures,
      on: 'department',
      // Records in the trash are neither counted nor listed (they would show as empty rows).
      where: { deletedAt: { exists: false } },
      label: { zh: '公开信息', en: 'Disclosure records' },
    },
  ],
})
