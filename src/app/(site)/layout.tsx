/* The public disclosure column's root layout (its own <html>, beside the admin's). */
export { SiteLayout as default } from 'payload-plugin-disclosure/site'
