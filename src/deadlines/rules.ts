/**
 * The one table of publication deadlines (公开时限). Every deadline in the product is computed from
 * a rule here plus a trigger date, by the working-day calendar; nothing else holds a formula.
 */
import type { PeriodUnit } from '../calendar/types.js'

export interface DeadlineRule {
  days: number
  unit: PeriodUnit
  label: { zh: string; en: string }
  /** the legal source of the limit */
  basis: string
}

export const DEADLINE_RULES = {
  // 《中华人民共和国政府信息公开条例》(2019) 第二十六条
  general: {
    days: 20,
    unit: 'working',
    label: { zh: '信息形成或者变更之日起20个工作日内', en: 'Within 20 working days of being formed or changed' },
    basis: '《中华人民共和国政府信息公开条例》第二十六条',
  },
  // 双公示: 国办发〔2018〕118号; seed 004 (长春高新区 2021)
  licensing: {
    days: 7,
    unit: 'working',
    label: { zh: '行政许可决定作出之日起7个工作日内', en: 'Within 7 working days of a licensing decision' },
    basis: '国办发〔2018〕118号（双公示）',
  },
  penalty: {
    days: 7,
    unit: 'working',
    label: { zh: '行政处罚决定作出之日起7个工作日内', en: 'Within 7 working days of a penalty decision' },
    basis: '国办发〔2018〕118号（双公示）',
  },
  // seed 001 (揭阳市 2018): 服务事项办理条件发生变化的，1个工作日内公开
  'service-change': {
    days: 1,
    unit: 'working',
    label: { zh: '办事服务条件变化后1个工作日内', en: 'Within 1 working day of a change of service conditions' },
    basis: '揭阳市2018年政务公开工作要点（服务事项变更1个工作日内更新）',
  },
  // 国办发〔2016〕19号: 解读与文件同步发布，最迟3个工作日内
  interpretation: {
    days: 3,
    unit: 'working',
    label: { zh: '政策文件公开后3个工作日内', en: 'Within 3 working days of its policy document' },
    basis: '国办发〔2016〕19号',
  },
} as const satisfies Record<string, DeadlineRule>

export type DeadlineRuleKey = keyof typeof DEADLINE_RULES

/** The information types a record chooses from (the records issue adds "as the catalog item says"). */
export const INFO_TYPES = ['general', 'licensing', 'penalty', 'service-change'] as const satisfies readonly DeadlineRuleKey[]
export type InfoType = (typeof INFO_TYPES)[number]

/** A record's type may also defer to its catalog item's 公开时限 (parsed into the item's rule). */
export const RECORD_INFO_TYPES = [...INFO_TYPES, 'catalog'] as const
export type RecordInfoType = (typeof RECORD_INFO_TYPES)[number]

export const INFO_TYPE_LABELS: Record<RecordInfoType, { zh: string; en: string }> = {
  catalog: { zh: '按目录事项规定的公开时限', en: 'As the catalog item says' },
  general: { zh: '一般政府信息（按目录事项时限；无时限的20个工作日）', en: "General information (the catalog item's limit, else 20 working days)" },
  licensing: { zh: '行政许可决定（7个工作日）', en: 'Administrative licensing decision (7 working days)' },
  penalty: { zh: '行政处罚决定（7个工作日）', en: 'Administrative penalty decision (7 working days)' },
  'service-change': { zh: '办事服务条件变更（1个工作日）', en: 'Change of service conditions (1 working day)' },
}
