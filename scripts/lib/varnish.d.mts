/** The storefront's backends, who may purge, and the secret shared with the storefront. */
export interface VarnishSite {
  backends: { host: string; port: number }[]
  secret: string
  /** Addresses or networks allowed to PURGE (default: 127.0.0.1). */
  purgers?: string[]
}

export interface VarnishListen {
  port: number
  host?: string
  workDir: string
  cacheMb?: number
}

/** deploy/varnish, where storefront.vcl is. */
export declare const VCL_DIR: string
export declare const VARNISH_READY: RegExp
export declare function siteVcl(site: VarnishSite): string
export declare function writeSiteVcl(workDir: string, site: VarnishSite): string
export declare function varnishArgs(listen: VarnishListen): string[]
