# Written by scripts/lib/varnish.mjs: this deployment's part of storefront.vcl.
backend web0 {
  .host = "10.0.0.11";
  .port = "3000";
  .connect_timeout = 1s;
  .first_byte_timeout = 30s;
  # A stopped instance leaves the rotation within about two seconds and rejoins by itself.
  .probe = { .url = "/"; .interval = 1s; .timeout = 5s; .window = 3; .threshold = 2; .initial = 2; }
}

backend web1 {
  .host = "10.0.0.12";
  .port = "3000";
  .connect_timeout = 1s;
  .first_byte_timeout = 30s;
  # A stopped instance leaves the rotation within about two seconds and rejoins by itself.
  .probe = { .url = "/"; .interval = 1s; .timeout = 5s; .window = 3; .threshold = 2; .initial = 2; }
}

sub vcl_init {
  new storefront = directors.round_robin();
  storefront.add_backend(web0);
  storefront.add_backend(web1);
}

acl purgers {
  "10.0.0.0"/24;
}

sub site_mark_proxied {
  set req.http.X-Proxy-Auth = "replace-with-32-or-more-characters-of-A-Za-z0-9";
}

sub site_check_purge {
  if (req.http.X-Purge-Token != "replace-with-32-or-more-characters-of-A-Za-z0-9") {
    return (synth(403, "Forbidden"));
  }
}
