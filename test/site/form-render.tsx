/** The application form and lookup rendered with a given state (as the server renders it after a post). */
import { parse } from 'node-html-parser'
import { renderToStaticMarkup } from 'react-dom/server'

import type { ApplicationState, LookupState } from '../../src/site/formState.js'
import { ApplicationForm, LookupForm } from '../../src/site/forms.js'

export const renderApplicationForm = (state: ApplicationState) =>
  parse(renderToStaticMarkup(<ApplicationForm action={async (s) => s} base="/xxgk" initial={state} />))

export const renderLookupForm = (state: LookupState) => parse(renderToStaticMarkup(<LookupForm action={async (s) => s} initial={state} />))
