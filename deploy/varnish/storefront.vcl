vcl 4.1;

# The storefront's caching proxy (Varnish 7.1 with the xkey vmod from varnish-modules).
#
# Policy, in short:
# - Pages are cached for as long as the storefront's Cache-Control allows (s-maxage; Next sends it
#   for prerendered pages and `private, no-store` for everything that must not be shared).
# - Draft mode, POSTs, /api/* and authorised requests always go to the storefront. Other cookies
#   matter to no cacheable page (the deal bar's dismissal is restored in the browser), so they are
#   dropped rather than splitting or bypassing the cache.
# - The storefront labels each page with its cache tags (`xkey` header); its publish webhook asks
#   for a PURGE of the same tags, which marks those pages stale.
# - A stale page is served only when the storefront fails: a fresh copy is fetched otherwise, so a
#   publish shows on the next request.
# - The client's address goes to the storefront in X-Client-IP, with the shared secret that tells
#   the storefront the header comes from this proxy.
#
# site.vcl is the deployment's part, written by scripts/lib/varnish.mjs (see deploy/README.md):
# the backends and the `storefront` director, the `purgers` ACL, and the subroutines
# `site_mark_proxied` (adds the secret to backend requests) and `site_check_purge` (refuses a
# PURGE without the secret).

import std;
import xkey;
import directors;

include "site.vcl";

sub vcl_recv {
  if (req.restarts == 0) {
    # Only this proxy decides to serve stale, and only it says who the client is.
    unset req.http.x-serve-stale;
    set req.http.X-Client-IP = client.ip;
  }
  call site_mark_proxied;
  set req.backend_hint = storefront.backend();

  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Forbidden"));
    }
    call site_check_purge;
    if (!req.http.xkey-purge) {
      return (synth(400, "An xkey-purge header with the cache tags is required"));
    }
    # Soft: the pages stay as a fallback for a failing storefront but are never served fresh.
    set req.http.x-purged = xkey.softpurge(req.http.xkey-purge);
    return (synth(200, "Purged " + req.http.x-purged));
  }
  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  if (req.url ~ "^/api/" || req.http.Authorization) {
    return (pass);
  }
  if (req.http.Cookie ~ "(^|;)\s*(__prerender_bypass|preview-session)=") {
    return (pass);
  }
  unset req.http.Cookie;
  if (req.http.x-serve-stale) {
    set req.grace = 7d;
  } else {
    set req.grace = 0s;
  }
  return (hash);
}

sub vcl_backend_fetch {
  unset bereq.http.x-serve-stale;
}

sub vcl_backend_response {
  # A failing storefront must not replace a good page: the client gets the stale copy (vcl_synth).
  if (beresp.status >= 500 && !bereq.uncacheable) {
    return (abandon);
  }
  # Long enough to bridge an outage; only ever served after a failed fetch (req.grace above).
  if (beresp.ttl > 0s && beresp.grace < 1d) {
    set beresp.grace = 1d;
  }
  # No return: the built-in rules refuse Set-Cookie, no-store, private and Vary: *.
}

sub vcl_backend_error {
  if (!bereq.uncacheable) {
    return (abandon);
  }
}

sub vcl_synth {
  if (resp.status == 503 && req.restarts == 0 && (req.method == "GET" || req.method == "HEAD")) {
    set req.http.x-serve-stale = "1";
    return (restart);
  }
}

sub vcl_deliver {
  # The tags and the proxy's internals are for the proxy only.
  unset resp.http.xkey;
  unset resp.http.Via;
  unset resp.http.X-Varnish;
  if (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
}
