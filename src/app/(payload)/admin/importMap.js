import { CatalogTreeNavLink as CatalogTreeNavLink_2670e146900b72138ed480d490ad2dbf } from 'payload-plugin-disclosure/rsc'
import { CatalogTreeView as CatalogTreeView_2670e146900b72138ed480d490ad2dbf } from 'payload-plugin-disclosure/rsc'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "payload-plugin-disclosure/rsc#CatalogTreeNavLink": CatalogTreeNavLink_2670e146900b72138ed480d490ad2dbf,
  "payload-plugin-disclosure/rsc#CatalogTreeView": CatalogTreeView_2670e146900b72138ed480d490ad2dbf,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
