/**
 * The public column in a real browser (Debian's Chromium, headless, driven by puppeteer-core), against the
 * production build (`npm run build` first): the server starts in production mode on a fresh SQLite file
 * (the committed migrations build it), the demo district is seeded, then a reader opens `/`, walks the
 * columns to a published record, downloads its attachment, searches for it, submits the 依申请公开 form
 * with a mistake and then correctly, and looks the application up by its code — and the same form is
 * used with JavaScript switched off. Any console error, page error, failed request, HTTP error or request
 * to another host fails the run. Screenshots go to SCREENSHOT_DIR (default: site-browser-screenshots in the temporary folder).
 *
 *   npm run build && npm run test:browser
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import puppeteer, { type Browser, type Page } from 'puppeteer-core'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const work = mkdtempSync(path.join(tmpdir(), 'site-browser-'))
const screenshots = path.resolve(process.env.SCREENSHOT_DIR ?? path.join(tmpdir(), 'site-browser-screenshots'))
mkdirSync(screenshots, { recursive: true })

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

const log = (message: string) => console.log(`[browser] ${message}`)

const run = (command: string, args: string[], env: NodeJS.ProcessEnv, detached = false): ChildProcess =>
  spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached })

const waitFor = async (what: string, check: () => Promise<boolean>, timeoutMs: number) => {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (await check().catch(() => false)) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`timed out waiting for ${what}`)
}

const problems: string[] = []

const javaScriptState = new WeakMap<Page, boolean>()
const javaScriptOf = (page: Page) => (javaScriptState.get(page) === false ? 'off' : 'on')

const watch = (page: Page, origin: string) => {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error on ${page.url()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`page error on ${page.url()}: ${String(error)}`))
  page.on('requestfailed', (request) => {
    // ERR_ABORTED after the response arrived is not a failure: the reader stopped reading the body (a
    // download handed to the download manager; Next's client closing a server action's streamed answer).
    // Its status is checked below like every response's.
    if (request.failure()?.errorText === 'net::ERR_ABORTED' && request.response() !== null) return
    problems.push(`request failed: ${request.method()} ${request.resourceType()} ${request.url()} ${request.failure()?.errorText ?? ''} (page ${page.url()}, JavaScript ${javaScriptOf(page)})`)
  })
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`)
  })
  page.on('request', (request) => {
    const url = request.url()
    if (url.startsWith('data:') || url.startsWith(origin)) return void request.continue()
    problems.push(`request to another host: ${url}`)
    void request.abort()
  })
}

const shoot = async (page: Page, name: string) => {
  const file = path.join(screenshots, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  log(`screenshot ${file}`)
}

const clickLink = async (page: Page, text: string, within = 'body') => {
  const handle = await page.waitForSelector(`${within} ::-p-xpath(.//a[normalize-space(.)=${JSON.stringify(text)}])`, { timeout: 10_000 })
  if (!handle) throw new Error(`no link "${text}" on ${page.url()}`)
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), handle.click()])
}

const expectText = async (page: Page, selector: string, expected: string | RegExp) => {
  await page.waitForSelector(selector, { timeout: 15_000 })
  const text = (await page.$eval(selector, (element) => element.textContent ?? '')).trim()
  if (typeof expected === 'string' ? !text.includes(expected) : !expected.test(text)) throw new Error(`${selector} on ${page.url()} reads "${text}", expected ${String(expected)}`)
  return text
}

const newPage = async (browser: Browser, origin: string, { javaScript = true, width = 1440, height = 900 } = {}) => {
  const page = await browser.newPage()
  await page.setViewport({ width, height })
  await page.emulateTimezone('Asia/Shanghai')
  await page.setExtraHTTPHeaders({ 'Accept-Language': 'zh-CN,zh;q=0.9' })
  await page.setJavaScriptEnabled(javaScript)
  javaScriptState.set(page, javaScript)
  await page.setRequestInterception(true)
  watch(page, origin)
  return page
}

const main = async () => {
  if (!existsSync(path.resolve('.next/BUILD_ID'))) throw new Error('no production build: run `npm run build` first')
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  const env = {
    DATABASE_URL: `file:${path.join(work, 'site.db')}`,
    DISCLOSURE_FILES_DIR: path.join(work, 'files'),
    PAYLOAD_SECRET: 'browser-test-secret',
    NODE_OPTIONS: '--conditions=production --no-deprecation',
    NEXT_TELEMETRY_DISABLED: '1',
    PORT: String(port),
    SERVER_URL: origin,
    COOKIE_SECURE: 'false',
  }
  const tsx = path.resolve('node_modules/.bin/tsx')
  log(`production server on ${origin} (fresh SQLite in ${work})`)
  const server = run(tsx, ['src/server.ts'], { ...env, NODE_ENV: 'production' }, true)
  let serverLog = ''
  server.stdout!.on('data', (chunk) => (serverLog += chunk))
  server.stderr!.on('data', (chunk) => (serverLog += chunk))
  let browser: Browser | undefined
  try {
    await waitFor('the server', async () => (await fetch(`${origin}/healthz`)).ok, 120_000)
    // Demo data is never created by a production server: seed it beside the running server.
    log('seeding the demo district')
    // PAYLOAD_MIGRATING: no schema push over the migrated database (the adapter skips it then).
    const seed = run(tsx, ['src/seed/run.ts'], { ...env, NODE_ENV: 'development', PAYLOAD_MIGRATING: 'true' })
    let seedLog = ''
    seed.stdout!.on('data', (chunk) => (seedLog += chunk))
    seed.stderr!.on('data', (chunk) => (seedLog += chunk))
    const code = await new Promise<number | null>((resolve) => seed.on('exit', resolve))
    if (code !== 0) throw new Error(`seeding failed (${code}):\n${seedLog}`)

    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-default-apps', '--disable-sync', '--no-first-run', '--lang=zh-CN'],
    })

    // 1. `/` opens the column.
    const page = await newPage(browser, origin)
    await page.goto(`${origin}/`, { waitUntil: 'load' })
    if (new URL(page.url()).pathname !== '/xxgk') throw new Error(`/ led to ${page.url()}`)
    await expectText(page, '.site-name', '示范区人民政府')
    await shoot(page, '01-home')

    // 2. Walk the columns to a published record: 法定主动公开内容 → 示范区财政局 → the record.
    await clickLink(page, '法定主动公开内容', 'nav.columns')
    await expectText(page, 'main h1', '法定主动公开内容')
    await shoot(page, '02-catalog')
    await clickLink(page, '示范区财政局', 'main')
    await expectText(page, 'main h1', '示范区财政局')
    const title = '区财政局2026年部门预算公开说明及报表'
    await clickLink(page, title, 'main')
    await expectText(page, 'main h1', title)
    const indexNumber = await expectText(page, '.meta-table dd', /\//)
    await shoot(page, '03-record')

    // 3. Download its attachment, as the reader's browser saves it.
    const downloads = path.join(work, 'downloads')
    mkdirSync(downloads, { recursive: true })
    const cdp = await page.createCDPSession()
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads })
    await page.click('.attachments a')
    await waitFor('the download', async () => readdirSync(downloads).some((name) => name.endsWith('.pdf')), 20_000)
    const saved = readdirSync(downloads).find((name) => name.endsWith('.pdf'))!
    if (!readFileSync(path.join(downloads, saved)).subarray(0, 5).equals(Buffer.from('%PDF-'))) throw new Error(`the download ${saved} is not a PDF`)
    log(`downloaded ${saved}`)

    // 4. Search for it from the header: by title words, then by its 索引号.
    await page.type('#site-q', '部门预算公开说明')
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('form.search button')])
    await expectText(page, '.results li a', title)
    await expectText(page, '.results mark', '部门预算公开说明')
    await shoot(page, '04-search')
    await page.goto(`${origin}/xxgk/search?q=${encodeURIComponent(indexNumber)}`, { waitUntil: 'load' })
    await expectText(page, '.results li a', title)

    // A repealed policy document carries its notice and the link to what replaced it.
    await clickLink(page, '政策文件', 'nav.columns')
    await clickLink(page, '示范区城乡居民医疗救助暂行办法', 'main')
    await expectText(page, '.validity-notice', '废止')
    await shoot(page, '05-repealed-policy')
    await clickLink(page, '查看《示范区城乡居民医疗救助办法》', '.validity-notice')
    await expectText(page, '.related a', '政策解读')

    // 5. The application: a mistake first (no name), then correctly.
    await clickLink(page, '依申请公开', 'nav.columns')
    await page.select('#idType', 'resident-id')
    await page.type('#phone', '13800000000')
    await page.type('#address', '示范区人民路2号')
    const description = '申请公开2025年示范区城乡居民医疗救助资金使用情况'
    await page.type('#description', description)
    await page.click('form.application button[type=submit]')
    await expectText(page, '#applicantName-error', '请填写姓名或名称')
    const kept = await page.$eval('#description', (element) => (element as HTMLTextAreaElement).value)
    const keptPhone = await page.$eval('#phone', (element) => (element as HTMLInputElement).value)
    const keptId = await page.$eval('#idType', (element) => (element as HTMLSelectElement).value)
    if (kept !== description || keptPhone !== '13800000000' || keptId !== 'resident-id') throw new Error(`input lost after the error: ${JSON.stringify({ kept, keptPhone, keptId })}`)
    await shoot(page, '06-application-error')
    await page.type('#applicantName', '张三')
    await page.click('form.application button[type=submit]')
    const code2 = await expectText(page, '#tracking-number', /^YSQ-\d{4}-\d{5}$/)
    await expectText(page, '#received-on', '自该日起计算答复期限')
    await shoot(page, '07-receipt')

    // 6. Look it up by its code.
    await clickLink(page, '查询办理进度', '.receipt')
    await page.type('#trackingNumber', code2)
    await page.type('#contact', '13800000000')
    await page.click('form.lookup button[type=submit]')
    await expectText(page, '#request-status', '待分派')
    await shoot(page, '08-lookup')
    await page.close()

    // 7. Without JavaScript: every page still reads, and the form still works (the server answers the post).
    const plain = await newPage(browser, origin, { javaScript: false })
    await plain.goto(`${origin}/xxgk/ysqgk`, { waitUntil: 'load' })
    await plain.type('#description', '无脚本申请：所需信息的描述')
    await plain.type('#email', 'applicant@example.cn')
    await Promise.all([plain.waitForNavigation({ waitUntil: 'load' }), plain.click('form.application button[type=submit]')])
    await expectText(plain, '#applicantName-error', '请填写姓名或名称')
    const keptPlain = await plain.$eval('#description', (element) => (element as HTMLTextAreaElement).value)
    if (keptPlain !== '无脚本申请：所需信息的描述') throw new Error(`without JavaScript the description was lost: "${keptPlain}"`)
    await plain.type('#applicantName', '李四')
    await Promise.all([plain.waitForNavigation({ waitUntil: 'load' }), plain.click('form.application button[type=submit]')])
    await expectText(plain, '#tracking-number', /^YSQ-\d{4}-\d{5}$/)
    await shoot(plain, '09-receipt-without-javascript')
    await plain.close()

    // 8. A phone-sized screen.
    const phone = await newPage(browser, origin, { width: 390, height: 844 })
    await phone.goto(`${origin}/xxgk`, { waitUntil: 'load' })
    await shoot(phone, '10-home-phone')
    await phone.close()

    // A withdrawn or unknown record answers 404.
    const missing = await fetch(`${origin}/xxgk/xx/999999`)
    if (missing.status !== 404) throw new Error(`/xxgk/xx/999999 answered ${missing.status}`)

    if (problems.length > 0) throw new Error(`the browser saw problems:\n${problems.join('\n')}`)
    log(`PASS (screenshots in ${screenshots})`)
  } catch (error) {
    console.error(`problems seen so far:\n${problems.join('\n')}`)
    for (const open of (await browser?.pages()) ?? []) await open.screenshot({ path: path.join(screenshots, `failure-${Date.now()}.png`), fullPage: true }).catch(() => undefined)
    console.error(serverLog.split('\n').slice(-40).join('\n'))
    writeFileSync(path.join(screenshots, 'server.log'), serverLog)
    throw error
  } finally {
    await browser?.close()
    if (server.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM')
      } catch {
        // already gone
      }
    }
    rmSync(work, { recursive: true, force: true })
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
