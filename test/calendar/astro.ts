/**
 * Independent astronomical check for the vendored festival table (test helper, not a test).
 *
 * New moons: Meeus, Astronomical Algorithms (2nd ed.), ch. 49 (error: seconds).
 * Solar longitude: Meeus ch. 25 low-accuracy series (error about 0.01°, i.e. ~15 minutes of time),
 * so a solar term this close to Beijing midnight is reported as "near midnight", not judged.
 * Chinese month rules: GB/T 33661-2017《农历的编算和颁行》 (month 11 holds 冬至; in a 13-month
 * 岁 the first month without a 中气 is the leap month), times in Beijing time (UTC+8).
 */

const RAD = Math.PI / 180
const sin = (deg: number): number => Math.sin(deg * RAD)
const norm = (deg: number): number => ((deg % 360) + 360) % 360

/** ΔT = TT − UT in seconds (Espenak & Meeus polynomial fits). */
function deltaT(year: number): number {
  if (year < 2005) {
    const t = year - 2000
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5
  }
  if (year < 2050) {
    const t = year - 2000
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2
  }
  const u = (year - 1820) / 100
  return -20 + 32 * u * u - 0.5628 * (2150 - year)
}

/** Apparent geocentric longitude of the Sun (degrees) at Julian Ephemeris Day jde. */
export function solarLongitude(jde: number): number {
  const T = (jde - 2451545.0) / 36525
  const L0 = 280.46646 + 36000.76983 * T + 0.0003032 * T * T
  const M = 357.52911 + 35999.05029 * T - 0.0001537 * T * T
  const C =
    (1.914602 - 0.004817 * T - 0.000014 * T * T) * sin(M) +
    (0.019993 - 0.000101 * T) * sin(2 * M) +
    0.000289 * sin(3 * M)
  const omega = 125.04 - 1934.136 * T
  return norm(L0 + C - 0.00569 - 0.00478 * sin(omega))
}

/** JDE when the Sun's apparent longitude equals `target` degrees, searching near `guessJde`. */
export function solarTermJde(target: number, guessJde: number): number {
  let jde = guessJde
  for (let i = 0; i < 50; i++) {
    let diff = norm(target - solarLongitude(jde))
    if (diff > 180) diff -= 360
    const step = diff / 0.98564736 // mean daily motion of the Sun
    jde += step
    if (Math.abs(step) < 1e-7) break
  }
  return jde
}

/** JDE of true new moon number k (k = 0: 2000-01-06). Meeus 49.1 + table 49.A. */
export function newMoonJde(k: number): number {
  const T = k / 1236.85
  let jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * T ** 2 - 0.00000015 * T ** 3 + 0.00000000073 * T ** 4
  const E = 1 - 0.002516 * T - 0.0000074 * T * T
  const M = 2.5534 + 29.1053567 * k - 0.0000014 * T ** 2 - 0.00000011 * T ** 3
  const Mp = 201.5643 + 385.81693528 * k + 0.0107582 * T ** 2 + 0.00001238 * T ** 3 - 0.000000058 * T ** 4
  const F = 160.7108 + 390.67050284 * k - 0.0016118 * T ** 2 - 0.00000227 * T ** 3 + 0.000000011 * T ** 4
  const O = 124.7746 - 1.56375588 * k + 0.0020672 * T ** 2 + 0.00000215 * T ** 3
  jde +=
    -0.4072 * sin(Mp) +
    0.17241 * E * sin(M) +
    0.01608 * sin(2 * Mp) +
    0.01039 * sin(2 * F) +
    0.00739 * E * sin(Mp - M) -
    0.00514 * E * sin(Mp + M) +
    0.00208 * E * E * sin(2 * M) -
    0.00111 * sin(Mp - 2 * F) -
    0.00057 * sin(Mp + 2 * F) +
    0.00056 * E * sin(2 * Mp + M) -
    0.00042 * sin(3 * Mp) +
    0.00042 * E * sin(M + 2 * F) +
    0.00038 * E * sin(M - 2 * F) -
    0.00024 * E * sin(2 * Mp - M) -
    0.00017 * sin(O) -
    0.00007 * sin(Mp + 2 * M) +
    0.00004 * sin(2 * Mp - 2 * F) +
    0.00004 * sin(3 * M) +
    0.00003 * sin(Mp + M - 2 * F) +
    0.00003 * sin(2 * Mp + 2 * F) -
    0.00003 * sin(Mp + M + 2 * F) +
    0.00003 * sin(Mp - M + 2 * F) -
    0.00002 * sin(Mp - M - 2 * F) -
    0.00002 * sin(3 * Mp + M) +
    0.00002 * sin(4 * Mp)
  const A = [
    [299.77 + 0.107408 * k - 0.009173 * T * T, 0.000325],
    [251.88 + 0.016321 * k, 0.000165],
    [251.83 + 26.651886 * k, 0.000164],
    [349.42 + 36.412478 * k, 0.000126],
    [84.66 + 18.206239 * k, 0.00011],
    [141.74 + 53.303771 * k, 0.000062],
    [207.14 + 2.453732 * k, 0.00006],
    [154.84 + 7.30686 * k, 0.000056],
    [34.52 + 27.261239 * k, 0.000047],
    [207.19 + 0.121824 * k, 0.000042],
    [291.34 + 1.844379 * k, 0.00004],
    [161.72 + 24.198154 * k, 0.000037],
    [239.56 + 25.513099 * k, 0.000035],
    [331.55 + 3.592518 * k, 0.000023],
  ]
  for (const [arg, coeff] of A) jde += coeff * sin(arg)
  return jde
}

const JD_UNIX_EPOCH = 2440587.5

/** Beijing civil day number (days since 1970-01-01) and fraction of the day for a JDE. */
export function beijingDay(jde: number): { day: number; fraction: number } {
  const year = 2000 + (jde - 2451545.0) / 365.25
  const jdUt = jde - deltaT(year) / 86400
  const beijing = jdUt - JD_UNIX_EPOCH + 8 / 24
  const day = Math.floor(beijing)
  return { day, fraction: beijing - day }
}

export function dayToIso(day: number): string {
  return new Date(day * 86400000).toISOString().slice(0, 10)
}

function isoToDay(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86400000
}

function jdeOfIso(iso: string): number {
  return isoToDay(iso) + JD_UNIX_EPOCH
}

/** Beijing date of a solar term: longitude `target` near the given approximate date. */
export function solarTermDate(target: number, approxIso: string): { date: string; fraction: number } {
  const { day, fraction } = beijingDay(solarTermJde(target, jdeOfIso(approxIso)))
  return { date: dayToIso(day), fraction }
}

export interface LunarYearCheck {
  year: number
  springFestival: string // 正月初一
  dragonBoat: string // 五月初五
  midAutumn: string // 八月十五
  qingming: string // 清明 (solar longitude 15°)
  qingmingFraction: number // how far into the Beijing day the term falls (0..1)
  /** smallest distance (days) between a relevant new moon / 中气 and Beijing midnight */
  closestCall: number
}

/** Festivals of the lunar year that starts in Gregorian year `year`. */
export function lunarFestivals(year: number): LunarYearCheck {
  const ws1 = beijingDay(solarTermJde(270, jdeOfIso(`${year - 1}-12-21`)))
  const ws2 = beijingDay(solarTermJde(270, jdeOfIso(`${year}-12-21`)))
  // new moons from ~40 days before ws1 to ~40 days after ws2
  const k0 = Math.floor((ws1.day + JD_UNIX_EPOCH - 40 - 2451550.09766) / 29.530588861)
  const moons: { day: number; fraction: number }[] = []
  for (let k = k0; ; k++) {
    const m = beijingDay(newMoonJde(k))
    moons.push(m)
    if (m.day > ws2.day + 40) break
  }
  let closest = Math.min(ws1.fraction, 1 - ws1.fraction, ws2.fraction, 1 - ws2.fraction)
  const lastOnOrBefore = (day: number): number => {
    let idx = -1
    moons.forEach((m, i) => {
      if (m.day <= day) idx = i
    })
    return idx
  }
  const a = lastOnOrBefore(ws1.day) // month 11
  const b = lastOnOrBefore(ws2.day) // next month 11
  const count = b - a
  if (count !== 12 && count !== 13) throw new Error(`unexpected lunation count ${count} in ${year}`)
  // 中气 dates (longitudes 0, 30, ..., 330), Beijing days, covering the 岁
  const zhongqi: number[] = []
  for (let lon = 270, guess = jdeOfIso(`${year - 1}-12-21`); guess < jdeOfIso(`${year + 1}-01-31`); lon = (lon + 30) % 360, guess += 30.44) {
    const t = beijingDay(solarTermJde(lon, guess))
    closest = Math.min(closest, t.fraction, 1 - t.fraction)
    zhongqi.push(t.day)
  }
  let leapIndex = -1
  if (count === 13) {
    for (let i = a + 1; i < b; i++) {
      const start = moons[i].day
      const end = moons[i + 1].day
      if (!zhongqi.some((z) => z >= start && z < end)) {
        leapIndex = i
        break
      }
    }
    if (leapIndex < 0) throw new Error(`no leap month found in ${year}`)
  }
  const monthStart = new Map<number, number>() // month number → start day (non-leap months)
  let num = 11
  for (let i = a; i <= b; i++) {
    if (i === leapIndex) continue
    if (i > a) num = (num % 12) + 1
    if (!monthStart.has(num) || i > a) monthStart.set(num, moons[i].day)
    closest = Math.min(closest, moons[i].fraction, 1 - moons[i].fraction)
  }
  const qm = solarTermDate(15, `${year}-04-05`)
  return {
    year,
    springFestival: dayToIso(monthStart.get(1)!),
    dragonBoat: dayToIso(monthStart.get(5)! + 4),
    midAutumn: dayToIso(monthStart.get(8)! + 14),
    qingming: qm.date,
    qingmingFraction: qm.fraction,
    closestCall: closest,
  }
}
