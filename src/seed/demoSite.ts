/**
 * The demo district's public column: the 政府信息公开指南 with every part the guide must have (主动公开;
 * 依申请公开 with 受理机构, 地址, 电话, 传真, 邮编, 办公时间; 收费; 监督和救济), three 制度 pages, a policy
 * document repealed by a newer one with its interpretation, a record with a PDF attachment, and last
 * year's annual report. Entries go through the review workflow as the demo users (as demoRecords.ts does),
 * so what the column shows is what the public may read. Seeded once (when there are no column pages);
 * never in production.
 */
import { createLocalReq, type Payload } from 'payload'

import { toBeijingDate } from '../calendar/index.js'
import { resolveOptions, type DisclosurePluginOptions } from '../options.js'
import { buildWorkflow } from '../workflow/definition.js'
import { factSourceFor } from '../workflow-runtime/facts.js'
import { performTransition } from '../workflow-runtime/perform.js'
import { DEMO_REVIEW_CHAIN, findDemoUser } from './demoRecords.js'
import { lexicalDocument, type LexicalBlock } from './lexical.js'
import { pdf } from './pdf.js'
import { DemoSeedRefusedError } from './seedDemo.js'

type Doc = Record<string, any>
type Block = LexicalBlock

export { lexicalDocument }

/** The demo guide: the parts 条例第十二条 requires, with the demo office's (fictitious) contact details. */
export const DEMO_GUIDE: Block[] = [
  { p: '为了保障公民、法人和其他组织依法获取政府信息，根据《中华人民共和国政府信息公开条例》（以下简称《条例》），编制本指南。本指南每年更新。' },
  { h: '一、主动公开' },
  { p: '（一）公开范围。本机关依照《条例》第十九条、第二十条的规定，主动公开机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名，规范性文件，国民经济和社会发展规划，财政预算、决算信息，行政许可、行政处罚等决定，以及基层政务公开标准目录规定的其他信息。具体内容见“法定主动公开内容”栏目。' },
  { p: '（二）公开方式。主动公开的政府信息通过本网站政府信息公开专栏、政府公报、新闻发布会以及政务服务中心查阅点等途径公开。' },
  { p: '（三）公开时限。属于主动公开范围的政府信息，自该政府信息形成或者变更之日起20个工作日内公开；法律、法规对公开期限另有规定的，从其规定。' },
  { h: '二、依申请公开' },
  { p: '（一）受理机构：示范区人民政府办公室（政务公开办）。' },
  { p: '地址：示范区人民路1号政务服务中心三楼 政府信息公开申请受理窗口' },
  { p: '电话：0000-12345678　　传真：0000-12345679　　邮编：000000' },
  { p: '办公时间：工作日上午9:00—12:00，下午13:30—17:30（法定节假日除外）' },
  { p: '（二）申请方式。申请人可以通过本网站“依申请公开”栏目在线提交申请，也可以当面提交、邮寄或者传真提交书面申请。申请应当包括申请人的姓名或者名称、身份证明、联系方式，所需政府信息的名称、文号或者便于查询的其他特征性描述，以及获取信息的方式和途径。' },
  { p: '（三）办理程序。本机关收到申请后，能够当场答复的当场答复；不能当场答复的，自收到申请之日起20个工作日内答复；需要延长答复期限的，经负责人同意并告知申请人，延长的期限最长不超过20个工作日。申请内容不明确的，自收到申请之日起7个工作日内一次性告知申请人补正。征求第三方和其他机关意见所需时间不计算在答复期限内。' },
  { h: '三、收费' },
  { p: '依申请提供政府信息，不收取费用。申请人申请公开政府信息的数量、频次明显超过合理范围的，依照国务院办公厅《政府信息公开信息处理费管理办法》收取信息处理费。' },
  { h: '四、监督和救济' },
  { p: '公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向示范区人民政府办公室投诉、举报（电话：0000-12345670），也可以依法向示范区人民政府申请行政复议或者向示范区人民法院提起行政诉讼。' },
]

export const DEMO_RULES: { title: string; blocks: Block[] }[] = [
  {
    title: '示范区政府信息公开发布审查制度',
    blocks: [
      { p: '第一条 拟公开的政府信息在公开前，由信息制作部门进行公开属性源头审查、保密审查，经分管负责人签发后发布。' },
      { p: '第二条 公文类信息在拟制时须明确公开属性；不予公开或者依申请公开的，须说明理由和依据。' },
      { p: '第三条 发布前对涉及个人信息、商业秘密的内容进行检查；确需公开的，作去标识化处理。' },
    ],
  },
  {
    title: '示范区政府信息公开保密审查制度',
    blocks: [
      { p: '第一条 按照“谁公开、谁审查”“先审查、后公开”的原则，对拟公开的政府信息依照《中华人民共和国保守国家秘密法》进行保密审查。' },
      { p: '第二条 不能确定是否可以公开的，依照法律、法规和国家有关规定报有关主管部门或者保密行政管理部门确定。' },
    ],
  },
  {
    title: '示范区政府信息依申请公开办理制度',
    blocks: [
      { p: '第一条 政府信息公开申请由政务公开办统一登记、分办，承办部门在规定期限内提出答复意见。' },
      { p: '第二条 答复告知书载明办理结果、依据和救济途径，加盖印章后送达申请人。' },
    ],
  },
]

const FINANCE = { author: 'editor.finance@demo.gov.cn', reviewer: 'reviewer.finance@demo.gov.cn' }

export interface DemoSiteResult {
  created: number
  skipped: boolean
}

export const seedDemoSite = async (payload: Payload, pluginOptions: DisclosurePluginOptions = {}): Promise<DemoSiteResult> => {
  if (process.env.NODE_ENV === 'production') throw new DemoSeedRefusedError('Refusing to seed the demo column when NODE_ENV=production.')
  const options = resolveOptions(pluginOptions)
  const { slugs } = options
  if ((await payload.count({ collection: slugs.sitePages, overrideAccess: true })).totalDocs > 0) return { created: 0, skipped: true }
  const office = await findDemoUser(payload, 'office@demo.gov.cn', options.usersSlug)
  const author = await findDemoUser(payload, FINANCE.author, options.usersSlug)
  const reviewer = await findDemoUser(payload, FINANCE.reviewer, options.usersSlug)
  let created = 0
  const asUser = { overrideAccess: false, depth: 0 } as const

  await payload.create({ collection: slugs.sitePages, data: { kind: 'guide', title: `${options.site.name}政府信息公开指南`, body: lexicalDocument(DEMO_GUIDE), sortOrder: 0 }, user: office, ...asUser })
  created++
  for (const [i, rule] of DEMO_RULES.entries()) {
    await payload.create({ collection: slugs.sitePages, data: { kind: 'rules', title: rule.title, body: lexicalDocument(rule.blocks), sortOrder: i }, user: office, ...asUser })
    created++
  }

  const catalogItem = (await payload.find({ collection: slugs.catalogItems, depth: 0, limit: 1, sort: 'sortOrder', overrideAccess: true })).docs[0]
  const today = toBeijingDate(new Date())
  const publish = async (collection: string, doc: Doc): Promise<Doc> => {
    const workflow = buildWorkflow(collection === slugs.disclosures ? options.workflow.disclosures : collection === slugs.policyDocuments ? options.workflow.policyDocuments : options.workflow.interpretations)
    const facts = factSourceFor(options, collection)
    let current = doc
    for (const step of DEMO_REVIEW_CHAIN) {
      const req = await createLocalReq({ user: (step.by === 'author' ? author : reviewer) as never }, payload)
      current = await performTransition(req, { collection, workflow, doc: current, input: { action: step.action, ...step.input }, facts })
    }
    return current
  }

  // A record with its attachment, as an editor files it.
  const file = await payload.create({
    collection: slugs.disclosureFiles,
    data: { title: '区财政局2026年部门预算表' },
    file: { data: pdf([['Demo district finance bureau', 'Department budget 2026', 'Budget tables']]), mimetype: 'application/pdf', name: 'budget-2026.pdf', size: 0 },
    user: author,
    ...asUser,
  })
  const record = await payload.create({
    collection: slugs.disclosures,
    data: {
      title: '区财政局2026年部门预算公开说明及报表',
      catalogItem: catalogItem?.id,
      body: lexicalDocument([{ p: '根据《中华人民共和国预算法》和预决算公开的有关规定，现将区财政局2026年部门预算公开说明及报表予以公开，报表见附件。' }]),
      infoType: 'general',
      publicAttribute: 'proactive',
      formedAt: today,
      attachments: [file.id],
    },
    user: author,
    ...asUser,
  })
  await publish(slugs.disclosures, record)
  created += 2

  // A policy document, repealed by a newer one published with its interpretation.
  const oldPolicy = await payload.create({
    collection: slugs.policyDocuments,
    data: {
      title: '示范区城乡居民医疗救助暂行办法',
      documentNumber: '示财发〔2026〕1号',
      documentType: 'other',
      writtenOn: today,
      subjects: ['civil'],
      catalogItem: catalogItem?.id,
      body: lexicalDocument([{ p: '第一条 为保障城乡困难群众基本医疗权益，制定本办法。' }, { p: '第二条 医疗救助对象为最低生活保障对象、特困供养人员等。' }]),
    },
    user: author,
    ...asUser,
  })
  await publish(slugs.policyDocuments, oldPolicy)
  const newPolicy = await payload.create({
    collection: slugs.policyDocuments,
    data: {
      title: '示范区城乡居民医疗救助办法',
      documentNumber: '示财发〔2026〕8号',
      documentType: 'other',
      writtenOn: today,
      subjects: ['civil', 'health'],
      catalogItem: catalogItem?.id,
      repeals: [oldPolicy.id],
      body: lexicalDocument([{ p: '第一条 为完善城乡居民医疗救助制度，制定本办法。' }, { p: '第二十条 本办法自印发之日起施行，《示范区城乡居民医疗救助暂行办法》（示财发〔2026〕1号）同时废止。' }]),
    },
    user: author,
    ...asUser,
  })
  await publish(slugs.policyDocuments, newPolicy)
  const interpretation = await payload.create({
    collection: slugs.interpretations,
    data: {
      title: '《示范区城乡居民医疗救助办法》政策解读',
      policy: newPolicy.id,
      form: 'text',
      catalogItem: catalogItem?.id,
      body: lexicalDocument([{ h: '一、制定背景' }, { p: '为进一步减轻困难群众医疗费用负担，区财政局会同有关部门制定了本办法。' }, { h: '二、主要内容' }, { p: '明确了救助对象、救助标准和申请程序。' }]),
    },
    user: author,
    ...asUser,
  })
  await publish(slugs.interpretations, interpretation)
  created += 3

  // Last year's report of the government, published by the office.
  await payload.create({ collection: slugs.publishedReports, data: { year: Number(today.slice(0, 4)) - 1 }, user: office, ...asUser })
  created++
  return { created, skipped: false }
}
