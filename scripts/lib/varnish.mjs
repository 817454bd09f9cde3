// The caching proxy in front of the storefront: Varnish with deploy/varnish/storefront.vcl and a
// site.vcl for this deployment (its backends, who may purge, the shared secret).
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './local-stack.mjs'
import { startService } from './processes.mjs'

export const VCL_DIR = join(ROOT, 'deploy/varnish')

const SECRET = /^[A-Za-z0-9_-]{32,256}$/
const HOST = /^[A-Za-z0-9.:-]{1,253}$/
const ACL_ENTRY = /^[0-9A-Fa-f.:]{2,45}(\/\d{1,3})?$/

function validPort(port) {
  return Number.isInteger(port) && port > 0 && port < 65536
}

/** Checks the site's settings before any of them reaches VCL source; throws what is wrong. */
function checkSite({ backends, secret, purgers }) {
  if (!Array.isArray(backends) || backends.length === 0)
    throw new Error('The proxy needs at least one storefront backend')
  for (const { host, port } of backends)
    if (!HOST.test(String(host)) || !validPort(port))
      throw new Error(`Not a backend host and port: ${host}:${port}`)
  if (!SECRET.test(String(secret)))
    throw new Error('The proxy secret must be 32-256 characters of A-Z, a-z, 0-9, _ and -')
  for (const entry of purgers)
    if (!ACL_ENTRY.test(entry)) throw new Error(`Not an address or network: ${entry}`)
}

const backendVcl = ({ host, port }, index) => `backend web${index} {
  .host = "${host}";
  .port = "${port}";
  .connect_timeout = 1s;
  .first_byte_timeout = 30s;
  # A stopped instance leaves the rotation within about two seconds and rejoins by itself.
  .probe = { .url = "/"; .interval = 1s; .timeout = 5s; .window = 3; .threshold = 2; .initial = 2; }
}`

const aclEntry = (entry) => {
  const [address, bits] = entry.split('/')
  return bits ? `"${address}"/${bits};` : `"${address}";`
}

/** The VCL source of site.vcl (see deploy/varnish/site.example.vcl). */
export function siteVcl({ backends, secret, purgers = ['127.0.0.1'] }) {
  checkSite({ backends, secret, purgers })
  return `# Written by scripts/lib/varnish.mjs: this deployment's part of storefront.vcl.
${backends.map(backendVcl).join('\n\n')}

sub vcl_init {
  new storefront = directors.round_robin();
${backends.map((_, index) => `  storefront.add_backend(web${index});`).join('\n')}
}

acl purgers {
  ${purgers.map(aclEntry).join('\n  ')}
}

sub site_mark_proxied {
  set req.http.X-Proxy-Auth = "${secret}";
}

sub site_check_purge {
  if (req.http.X-Purge-Token != "${secret}") {
    return (synth(403, "Forbidden"));
  }
}
`
}

/** Writes site.vcl into `workDir` (owner-only: it holds the secret) and returns its path. */
export function writeSiteVcl(workDir, site) {
  mkdirSync(workDir, { recursive: true, mode: 0o700 })
  const siteFile = join(workDir, 'site.vcl')
  writeFileSync(siteFile, siteVcl(site), { mode: 0o600 })
  chmodSync(siteFile, 0o600)
  return siteFile
}

/** varnishd's arguments: in the foreground, its files and site.vcl in `workDir`. */
export function varnishArgs({ port, host = '127.0.0.1', workDir, cacheMb = 256 }) {
  return [
    '-F',
    ...['-n', join(workDir, 'varnish')],
    ...['-a', `${host}:${port}`],
    ...['-f', join(VCL_DIR, 'storefront.vcl')],
    // site.vcl is found in the work folder first, the shared policy in the repo.
    ...['-p', `vcl_path=${workDir}:${VCL_DIR}`],
    ...['-s', `malloc,${cacheMb}m`],
    // No management port and no privilege separation: a local, single-user process.
    ...['-T', 'none', '-j', 'none'],
  ]
}

/** The line varnishd prints once its child serves requests. */
export const VARNISH_READY = /Child starts/

/**
 * Starts varnishd on `host:port` for the given site (see siteVcl). Resolves like startService:
 * `started` once it serves.
 */
export function startVarnish({ port, host, workDir, cacheMb, env, ...site }) {
  writeSiteVcl(workDir, site)
  return startService({
    name: 'proxy',
    command: 'varnishd',
    args: varnishArgs({ port, host, workDir, cacheMb }),
    cwd: workDir,
    env: env ?? process.env,
    ready: VARNISH_READY,
    timeoutMs: 30_000,
  })
}
