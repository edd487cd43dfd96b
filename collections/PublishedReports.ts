import type { CollectionConfig } from 'payload'

import { isOffice } from '../access/isOffice.js'
import { readOnlyForAuditors } from '../access/readOnlyForAuditors.js'
import { serverWritten } from '../access/serverWritten.js'
import { fieldError } from '../src/services/fieldError.js'
import { relationExists } from '../src/services/fieldValidators.js'
import { buildAnnualReport } from '../src/annual-report/build.js'
import { gatherAnnualReport } from '../src/annual-report-runtime/gather.js'
import { toBeijingDate } from '../src/calendar/index.js'
import type { ResolvedDisclosureOptions } from '../src/options.js'

/**
 * Annual reports published to the public column (政府信息公开年报): the office publishes a year's report, for
 * the government or one department; the server fills it from the data as the annual-report endpoint does
 * and keeps it frozen, as published (a report is not rewritten by later changes of the data). Saving it
 * again re-fills it. Everyone reads them; only the office writes.
 */
export const publishedReportsCollection = (options: ResolvedDisclosureOptions): CollectionConfig => ({
  slug: options.slugs.publishedReports,
  labels: { singular: { zh: '已发布年度报告', en: 'Published annual report' }, plural: { zh: '已发布年度报告', en: 'Published annual reports' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'year', 'department', 'publishedAt'], group: { zh: '公开专栏', en: 'Public column' } },
  defaultSort: '-year',
  indexes: [{ fields: ['year', 'department'], unique: true }],
  access: { read: () => true, create: readOnlyForAuditors(isOffice), update: readOnlyForAuditors(isOffice), delete: isOffice },
  hooks: {
    beforeChange: [
      async ({ data, originalDoc, req }) => {
        const merged = { ...originalDoc, ...data }
        const year = Number(merged.year)
        const thisYear = Number(toBeijingDate(new Date()).slice(0, 4))
        if (!Number.isInteger(year) || year < 2008 || year > thisYear) {
          throw fieldError(400, 'year', `年度应为2008–${thisYear}之间的四位数字 / year must be between 2008 and ${thisYear}`)
        }
        const departmentId = merged.department && typeof merged.department === 'object' ? merged.department.id : (merged.department ?? null)
        let organisation = options.requests.agencyName ?? options.site.name
        if (departmentId !== null && departmentId !== undefined) {
          const department = (await req.payload.findByID({ collection: options.slugs.departments, id: departmentId, depth: 0, overrideAccess: true, req, select: { name: true }, disableErrors: true })) as { name?: string } | null
          if (!department) throw fieldError(400, 'department', '所选部门不存在 / no such department')
          organisation = department.name ?? organisation
        }
        // One report per year and organisation (the unique index does not hold for the government's, whose department is empty).
        const same = await req.payload.count({
          collection: options.slugs.publishedReports,
          overrideAccess: true,
          req,
          where: { and: [{ year: { equals: year } }, departmentId === null || departmentId === undefined ? { department: { exists: false } } : { department: { equals: departmentId } }, ...(originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : [])] },
        })
        if (same.totalDocs > 0) throw fieldError(400, 'year', `${organisation}${year}年度报告已发布，请修改原报告 / the ${year} report of this organisation is already published; update it instead`)
        const report = buildAnnualReport(await gatherAnnualReport(req, options, { year, department: departmentId ?? null, organisation }))
        return { ...data, title: report.title, report, publishedAt: new Date().toISOString() }
      },
    ],
  },
  fields: [
    { name: 'year', type: 'number', required: true, min: 2008, max: 2100, index: true, label: { zh: '年度', en: 'Year' } },
    { name: 'department', type: 'relationship', relationTo: options.slugs.departments, validate: relationExists(), label: { zh: '部门（空为本级政府）', en: 'Department (empty: the government)' } },
    { name: 'title', type: 'text', access: serverWritten(), label: { zh: '标题', en: 'Title' }, admin: { readOnly: true } },
    { name: 'report', type: 'json', access: serverWritten(), label: { zh: '报告内容', en: 'Report' }, admin: { readOnly: true, hidden: true } },
    { name: 'publishedAt', type: 'date', access: serverWritten(), label: { zh: '发布时间', en: 'Published at' }, admin: { readOnly: true, position: 'sidebar' } },
  ],
})
