# Varnish in front of the site's gunicorn (README, "Caching proxy (Varnish)").
#
# It keeps what Django marks `Cache-Control: public` (home/http_cache.py) for s-maxage,
# passes everything personal (the admin, previews, signed-in editors, forms' answers),
# and forgets pages when the site says (home/purge.py): PURGE <path> drops every
# query-string variant of that path (a list's later pages and filters, API queries);
# BAN / drops every page of the host. Only this machine may ask.
vcl 4.1;

import std;

# The gunicorn this Varnish fronts: the only lines to adapt.
backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .probe = {
        .url = "/robots.txt";
        .interval = 5s;
        .timeout = 2s;
        .window = 5;
        .threshold = 3;
    }
}

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE" || req.method == "BAN") {
        if (!client.ip ~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (req.method == "BAN") {
            ban("obj.http.x-host == " + req.http.host);
            return (synth(200, "Banned"));
        }
        ban("obj.http.x-host == " + req.http.host +
            " && obj.http.x-path == " + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin and previews: never from the cache.
    if (req.url ~ "^/(admin|django-admin)/") {
        return (pass);
    }
    # Public addresses: pages (under their language prefix), the sitemap and the API.
    if (req.url ~ "^/(en|fr|it|sv)/" || req.url ~ "^/(sitemap\.xml|robots\.txt)$"
            || req.url ~ "^/api/v2/") {
        # A signed-in editor, or a reader with a message to see, gets their own page.
        if (req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
            return (pass);
        }
        # Any other cookie (language choice, CSRF) changes nothing on a public page.
        unset req.http.Cookie;
    }
    # stale-while-revalidate: a page past its time is served while it is fetched again;
    # while the site is down (the probe fails), for as long as stale-if-error allows.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 30s;
    }
    return (hash);
}

sub vcl_backend_response {
    # What the bans above compare: kept on each object, removed before delivery.
    set beresp.http.x-host = bereq.http.host;
    set beresp.http.x-path = regsub(bereq.url, "\?.*$", "");
    if (beresp.http.Cache-Control !~ "public") {
        # private, no-store, no-cache, errors: fetched for each request.
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
    # The TTL is s-maxage (Varnish reads it); keep a day for stale-if-error.
    set beresp.grace = 24h;
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.x-host;
    unset resp.http.x-path;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
