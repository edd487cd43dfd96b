/**
 * Demo organisation of a fictional district (示范区) for the quick start and the tests.
 * Codes are well-formed unified social credit codes (valid check characters) but belong to no real body.
 */
import type { DepartmentKind } from '../department-kinds.js'
import type { Role } from '../roles.js'

export interface DemoDepartment {
  key: string
  name: string
  nameEn: string
  shortName: string
  orgCode: string
  kind: DepartmentKind
  parentKey?: string
  phone: string
}

export const DEMO_DEPARTMENTS: DemoDepartment[] = [
  { key: 'office', name: '示范区人民政府办公室', nameEn: 'General Office of the Demo District Government', shortName: '区政府办', orgCode: '1121039900MB00019M', kind: 'government', phone: '0427-2800001' },
  { key: 'finance', name: '示范区财政局', nameEn: 'Demo District Finance Bureau', shortName: '区财政局', orgCode: '1121039900MB00027G', kind: 'department', parentKey: 'office', phone: '0427-2800002' },
  { key: 'education', name: '示范区教育局', nameEn: 'Demo District Education Bureau', shortName: '区教育局', orgCode: '1121039900MB00035B', kind: 'department', parentKey: 'office', phone: '0427-2800003' },
  { key: 'health', name: '示范区卫生健康局', nameEn: 'Demo District Health Commission', shortName: '区卫健局', orgCode: '1121039900MB000436', kind: 'department', parentKey: 'office', phone: '0427-2800004' },
  { key: 'market', name: '示范区市场监督管理局', nameEn: 'Demo District Market Regulation Bureau', shortName: '区市场监管局', orgCode: '1121039900MB000511', kind: 'department', parentKey: 'office', phone: '0427-2800005' },
  { key: 'housing', name: '示范区住房和城乡建设局', nameEn: 'Demo District Housing and Urban-Rural Development Bureau', shortName: '区住建局', orgCode: '1121039900MB0006XQ', kind: 'department', parentKey: 'office', phone: '0427-2800006' },
  { key: 'audit', name: '示范区审计局', nameEn: 'Demo District Audit Bureau', shortName: '区审计局', orgCode: '1121039900MB00078Q', kind: 'department', parentKey: 'office', phone: '0427-2800007' },
  { key: 'xinglong', name: '示范区兴隆街道办事处', nameEn: 'Xinglong Sub-district Office', shortName: '兴隆街道', orgCode: '1121039900MB00086K', kind: 'township', parentKey: 'office', phone: '0427-2800008' },
  { key: 'shuguang', name: '示范区曙光镇人民政府', nameEn: 'Shuguang Town Government', shortName: '曙光镇', orgCode: '1121039900MB00094E', kind: 'township', parentKey: 'office', phone: '0427-2800009' },
]

export interface DemoUser {
  email: string
  name: string
  roles: Role[]
  departmentKey?: string
}

/** Development only: the same documented password for every demo account (README "Demo logins"). */
export const DEMO_PASSWORD = 'demo-2026'

export const DEMO_USERS: DemoUser[] = [
  { email: 'office@demo.gov.cn', name: '公开办 王主任', roles: ['office'] },
  { email: 'editor.finance@demo.gov.cn', name: '财政局 李编辑', roles: ['editor'], departmentKey: 'finance' },
  { email: 'reviewer.finance@demo.gov.cn', name: '财政局 张局长', roles: ['reviewer'], departmentKey: 'finance' },
  { email: 'editor.education@demo.gov.cn', name: '教育局 赵编辑', roles: ['editor'], departmentKey: 'education' },
  { email: 'auditor@demo.gov.cn', name: '审计局 陈审计', roles: ['auditor'], departmentKey: 'audit' },
]
