/** Thrown for any input the calendar cannot read exactly: a bad date string, a NaN Date, a bad count. */
export class CalendarInputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CalendarInputError'
  }
}

/**
 * Thrown when a date (given or computed) lies outside the supported range.
 * A subclass of CalendarInputError so one `catch` handles every bad input.
 */
export class CalendarRangeError extends CalendarInputError {
  constructor(message: string) {
    super(message)
    this.name = 'CalendarRangeError'
  }
}
