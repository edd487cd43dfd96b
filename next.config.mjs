import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The SQLite/PostgreSQL/MongoDB drivers stay external to the server bundle.
  serverExternalPackages: ['@libsql/client', 'libsql', 'pg', 'mongodb', 'mongoose'],
  // The public disclosure column is the site's front page.
  redirects: async () => [{ source: '/', destination: '/xxgk', permanent: false }],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
