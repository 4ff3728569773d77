#!/usr/bin/env python3
"""generate_tokens2.py — the tokens census, round 2: the vendors round 1 left out, and the form of a vendor token.

    python3 generate_tokens2.py > tokens2.jsonl           writes the census (seed 14_2026)
    python3 generate_tokens2.py --check tokens2.jsonl     TAP: the committed file is what this writes

Why: SECRET_TOKEN recall on four never-read halves stood at 0.64–0.82 while round 1
(generate_tokens.py, 92 forms of about 80 vendors) scored 0.957: their authors write tokens of
vendors no list held. This round does two things.

1. Vendors round 1 did not list, each written from the format its own documentation gives (a
   prefix, a body alphabet and length, a suffix; no scanner's rule file was copied), by field:
   AI/ML (Hugging Face hf_ and api_org_, Together tgp_v1_, Fireworks fw_, ElevenLabs sk_+hex,
   Langfuse sk-lf-, Voyage pa-, Jina jina_, Tavily tvly-, Firecrawl fc-, E2B e2b_, LlamaCloud
   llx-, Pydantic Logfire pylf_v1_, Browserbase bb_live_, OpenAI sk-svcacct-, Anthropic
   sk-ant-admin01-, Modal as-, Helicone sk-helicone-); observability (Axiom xaat-/xapt-, Elastic
   essu_, Coralogix cxtp_, New Relic license …NRAL and NRII-, Splunk HEC, Datadog, Checkly cu_,
   Infisical st., Bitwarden Secrets Manager 0.…); CI/CD and hosting (Harness pat., Jenkins 11+hex,
   YouTrack perm:, Codecov, Vercel vcp_/vci_/vca_/vck_, DigitalOcean dop_v1_/doo_v1_, Backblaze
   K00…, Akamai akab-, Scaleway, Cloudflare global key, Linode, Hetzner, Fastly); databases
   (Supabase sb_secret_, Xata xau_, MongoDB Atlas mdb_sa_sk_, CockroachDB CCDB1_, Convex prod:…|…,
   Fauna fn…, Tinybird p.eyJ); payment (Mollie live_/access_, GoCardless live_, Paddle
   pdl_live_apikey_, Paystack sk_live_+hex, Checkout.com sk_sbox_, PayPal A21AA, Adyen AQE…,
   Klarna klarna_live_api_, Nexi/Nets live-secret-key-, Paynet sck_pcs_, Razorpay key secret,
   Vipps subscription key, bunq, Wise); messaging and e-mail/SMS (Telegram bots, Slack xapp- and
   xoxe., Twitch oauth:, Intercom dG9rO…, Ably, Mandrill md-, Mailchimp …-usN, OneSignal
   os_v2_app_, 46elks, Pushover, Postmark, Courier pk_prod_); identity and feature flags (Okta
   SSWS 00…, Stytch secret-live-, Ory ory_pat_, LaunchDarkly sdk-/api-, Flagsmith ser., ConfigCat
   configcat-sdk-1/, Unleash, Statsig secret-, reCAPTCHA secret); registries and tools (crates.io
   cio, Asana 1/…:…, ClickUp pk_N_…, Typeform tfp_, Sanity sk…, Esri AAPK/AAPT, Cloudinary URL,
   HERE, MapTiler, TomTom, Trello, Zendesk, Webflow, Pipedrive).
   A form with no prefix (bare hex, a UUID) is written only where a key or header names it.

2. The form of a vendor token in general: a short prefix of 2–8 letters (lower or upper case),
   sometimes a version or environment part (v1, live, prod, pat, test, sk, api), one separator
   (`_`, `-`, `.`, `:`) and a long random body of letters and digits (base62, or hex, or base64url
   with `-`/`_`), sometimes a checksum suffix after a second separator. The prefixes are
   INVENTED (random stems), so a rule for the form, not a list of prefixes, is what scores here.

Places: .env lines, YAML and JSON config, HTTP headers (custom X-…-Key, Authorization: Bearer /
Token / Basic), curl commands, code (Python, JS, Go, shell), log lines, Markdown tables, query
strings, and chat prose in six languages ("here is the key:", "her er nøkkelen:", "här är
nyckeln:", "mein Token ist", "voici le jeton :", "aquí tienes la clave:") — with and without a
key word before the token.

Decoys in the same places, each a decision written down:
- public ids of objects, which vendors document as ids, not secrets: Stripe cus_, pi_, evt_,
  ch_, in_, sub_, acct_, req_; OpenAI and Anthropic chatcmpl-, msg_, asst_, thread_, run_,
  file-, batch_, toolu_, req_ (a request id in a support ticket);
- publishable keys and client ids that the vendor says may ship in browser or mobile code:
  Supabase sb_publishable_, Langfuse pk-lf-, LaunchDarkly mob-, Statsig client-, Klarna
  klarna_live_client_, Nexi live-checkout-key-, Paystack pk_live_, Checkout.com pk_sbox_,
  Razorpay rzp_live_ key ids, reCAPTCHA site keys in data-sitekey;
- placeholders with a real prefix (sk_test_XXXX, <your-token>, xxxx, ${TOKEN}, ****, ...);
- identifiers in snake_case and kebab-case of a token's length (words, not random bodies);
- hashes and ids: git commit ids, sha256, UUIDs, W3C traceparent, npm integrity sha512-…, go.sum
  h1:…, Docker digests sha256:…, file names with content hashes, version strings with build
  metadata, base64 of small images in data: URIs, Kubernetes pod names.
Each line: {"id", "lang", "shape", "text", "entities": [{"type", "value"}], "decoys": [...]}, the
format of tests/scrub/realistic. Python stdlib only, deterministic. Written before reading
scrub/ (session 14)."""
import base64
import json
import random
import sys
from census_common import LANGS, main as census_main

SEED = 142026

UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = "abcdefghijklmnopqrstuvwxyz"
DIGITS = "0123456789"
ALNUM = UPPER + LOWER + DIGITS
ALPHA = UPPER + LOWER
UPALNUM = UPPER + DIGITS
LOWALNUM = LOWER + DIGITS
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"
BASE32LOW = "abcdefghijklmnopqrstuvwxyz234567"

TOKEN = "SECRET_TOKEN"


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def pick(self, items):
        return items[self.r.randrange(len(items))]

    def s(self, alphabet, n):
        """n characters of an alphabet; a body of 8 or more has a digit and a letter when the
        alphabet has both, and upper and lower case when it has both (a random body does)."""
        has_digit = any(c.isdigit() for c in alphabet)
        has_alpha = any(c.isalpha() for c in alphabet)
        has_up = any(c.isupper() for c in alphabet)
        has_low = any(c.islower() for c in alphabet)
        while True:
            out = "".join(self.pick(alphabet) for _ in range(n))
            if n < 8:
                return out
            if has_digit and has_alpha and not (any(c.isdigit() for c in out) and any(c.isalpha() for c in out)):
                continue
            if has_up and has_low and not (any(c.isupper() for c in out) and any(c.islower() for c in out)):
                continue
            return out

    def uuid(self):
        return "-".join(self.s(HEX, n) for n in (8, 4, 4, 4, 12))

    def digits(self, n):
        return str(self.r.randrange(1, 10)) + "".join(self.pick(DIGITS) for _ in range(n - 1))

    def b64(self, raw):
        return base64.b64encode(raw.encode()).decode()

    def word(self, lo=3, hi=7):
        """A pronounceable lowercase stem (consonant, vowel, …) — no dictionary word on purpose."""
        cons, vows = "bcdfghjklmnprstvwxz", "aeiou"
        n = self.r.randrange(lo, hi + 1)
        return "".join(self.pick(cons) if i % 2 == 0 else self.pick(vows) for i in range(n))


# ---- 1. vendors -------------------------------------------------------------------------------------
# (vendor name for key words, generator, bare): bare forms have no prefix of their own (hex, UUID, a
# body of the vendor's length) and are written only where a key word or a header names them;
# `places` (optional) are the vendor's own documented ways to send it.

def vendors(g):
    s, h, u = g.s, HEX, g.uuid
    intercom = lambda: g.b64("tok:%s:1:0" % u())  # noqa: E731 — base64 of "tok:…" begins dG9rO
    return [
        # AI / ML
        ("huggingface", lambda: "hf_" + s(ALPHA, 34), False),
        ("huggingface", lambda: "api_org_" + s(ALPHA, 34), False),
        ("together", lambda: "tgp_v1_" + s(B64URL, 43), False),
        ("fireworks", lambda: "fw_" + s(ALNUM, 24), False),
        ("elevenlabs", lambda: "sk_" + s(h, 48), False),
        ("langfuse", lambda: "sk-lf-" + u(), False),
        ("voyage", lambda: "pa-" + s(B64URL, 43), False),
        ("jina", lambda: "jina_" + s(h, 32) + s(ALNUM, 28), False),
        ("tavily", lambda: "tvly-" + g.pick(["", "dev-", "prod-"]) + s(ALNUM, 32), False),
        ("firecrawl", lambda: "fc-" + s(h, 32), False),
        ("e2b", lambda: "e2b_" + s(h, 40), False),
        ("llamacloud", lambda: "llx-" + s(ALNUM, 48), False),
        ("logfire", lambda: "pylf_v1_" + g.pick(["us", "eu"]) + "_" + s(ALNUM, 40), False),
        ("browserbase", lambda: "bb_live_" + s(B64URL, 27), False),
        ("openai", lambda: "sk-svcacct-" + s(B64URL, 74) + "T3BlbkFJ" + s(B64URL, 74), False),
        ("anthropic", lambda: "sk-ant-admin01-" + s(B64URL, 93) + "AA", False),
        ("modal", lambda: "as-" + s(ALNUM, 22), False),
        ("helicone", lambda: "sk-helicone-" + "-".join(s(LOWALNUM, 7) for _ in range(4)), False),
        # observability and secrets managers
        ("axiom", lambda: g.pick(["xaat-", "xapt-"]) + u(), False),
        ("elastic", lambda: "essu_" + s(B64, 78) + "==", False),
        ("coralogix", lambda: "cxtp_" + s(ALNUM, 30), False),
        ("newrelic", lambda: s(h, 36) + "NRAL", False),
        ("newrelic", lambda: "NRII-" + s(B64URL, 32), False),
        ("splunk", u, True),
        ("datadog", lambda: s(h, 32), True),
        ("checkly", lambda: "cu_" + s(h, 32), False),
        ("infisical", lambda: "st." + u() + "." + s(h, 32) + "." + s(h, 32), False),
        ("bitwarden", lambda: "0." + u() + "." + s(ALNUM, 30) + ":" + s(B64, 22) + "==", False),
        # CI/CD, cloud and hosting
        ("harness", lambda: "pat." + s(B64URL, 22) + "." + s(h, 24) + "." + s(ALNUM, 20), False),
        ("jenkins", lambda: "11" + s(h, 32), True),
        ("youtrack", lambda: "perm:" + g.b64(g.word()) + "." + g.b64("%d-%d" % (g.r.randrange(10, 99), g.r.randrange(9)))
         + "." + s(ALNUM, 30), False),
        ("codecov", u, True),
        ("vercel", lambda: g.pick(["vcp_", "vci_", "vca_", "vck_"]) + s(ALNUM, 56), False),
        ("digitalocean", lambda: g.pick(["dop_v1_", "doo_v1_"]) + s(h, 64), False),
        ("backblaze", lambda: "K00" + g.pick("1234567") + s(ALNUM, 27), False),
        ("akamai", lambda: "akab-" + s(LOWALNUM, 16) + "-" + s(LOWALNUM, 16), False),
        ("scaleway", u, True),
        ("cloudflare", lambda: s(h, 37), True),
        ("linode", lambda: s(h, 64), True),
        ("hetzner", lambda: s(ALNUM, 64), True),
        ("fastly", lambda: s(B64URL, 32), True),
        # databases as a service
        ("supabase", lambda: "sb_secret_" + s(B64URL, 31), False),
        ("xata", lambda: "xau_" + s(ALNUM, 32), False),
        ("mongodb", lambda: "mdb_sa_sk_" + s(ALNUM, 40), False),
        ("cockroach", lambda: "CCDB1_" + s(ALNUM, 22) + "_" + s(ALNUM, 40), False),
        ("convex", lambda: "prod:" + g.word() + "-" + g.word() + "-" + str(g.r.randrange(100, 999)) + "|"
         + s(B64URL, 80), False),
        ("fauna", lambda: "fn" + g.pick("ABE") + s(B64URL, 37), False),
        ("tinybird", lambda: "p.eyJ1IjogI" + s(B64URL, 80) + "." + s(B64URL, 43), False),
        # payment
        ("mollie", lambda: g.pick(["live_", "access_"]) + s(ALNUM, 30), False),
        ("gocardless", lambda: "live_" + s(B64URL, 40), False),
        ("paddle", lambda: "pdl_live_apikey_" + s(BASE32LOW, 26) + "_" + s(ALNUM, 22) + "_" + s(ALNUM, 3), False),
        ("paystack", lambda: "sk_live_" + s(h, 40), False),
        ("checkout", lambda: g.pick(["sk_sbox_", "sk_"]) + s(BASE32LOW, 26), False),
        ("paypal", lambda: "A21AA" + s(B64URL, 92), False),
        ("adyen", lambda: "AQE" + s(B64, 69) + "==-" + s(B64, 43) + "=-" + s(B64URL, 6), False),
        ("klarna", lambda: "klarna_live_api_" + s(B64URL, 64), False),
        ("nexi", lambda: "live-secret-key-" + s(h, 32), False),
        ("paynet", lambda: "sck_pcs_" + s(B64, 32), False),
        ("razorpay", lambda: s(ALNUM, 24), True),
        ("vipps", lambda: s(h, 32), True),
        ("bunq", lambda: s(h, 64), True),
        ("wise", u, True),
        # messaging, e-mail and SMS
        ("telegram", lambda: g.digits(10) + ":AA" + s(B64URL, 33), False),
        ("slack", lambda: "xapp-1-A" + s(UPALNUM, 10) + "-" + g.digits(13) + "-" + s(h, 64), False),
        ("slack", lambda: "xoxe.xoxp-1-" + s(ALNUM, 140), False),
        ("twitch", lambda: "oauth:" + s(LOWALNUM, 30), False),
        ("intercom", lambda: intercom().rstrip("="), False),
        ("ably", lambda: s(ALNUM, 6) + "." + s(ALNUM, 6) + ":" + s(B64URL, 43), False),
        ("mandrill", lambda: "md-" + s(B64URL, 22), False),
        ("mailchimp", lambda: s(h, 32) + "-us" + str(g.r.randrange(1, 22)), False),
        ("onesignal", lambda: "os_v2_app_" + s(BASE32LOW, 113), False),
        ("elks", lambda: s(h.upper(), 32), True),
        ("pushover", lambda: "a" + s(LOWALNUM, 29), True),
        ("postmark", u, True),
        ("courier", lambda: "pk_prod_" + s(UPALNUM, 28), False),
        # identity and feature flags
        ("okta", lambda: "00" + s(B64URL, 40), False),
        ("stytch", lambda: "secret-live-" + s(B64URL, 36) + "=", False),
        ("ory", lambda: "ory_pat_" + s(ALNUM, 32), False),
        ("launchdarkly", lambda: g.pick(["sdk-", "api-"]) + u(), False),
        ("flagsmith", lambda: "ser." + s(ALNUM, 22), False),
        ("configcat", lambda: "configcat-sdk-1/" + s(B64URL, 22) + "/" + s(B64URL, 22), False),
        ("unleash", lambda: g.pick(["default", "*"]) + ":" + g.pick(["production", "development"]) + "." + s(h, 64), False),
        ("statsig", lambda: "secret-" + s(ALNUM, 43), False),
        ("recaptcha", lambda: "6L" + s(B64URL, 38), True),
        # registries, productivity, content, maps
        ("crates", lambda: "cio" + s(ALNUM, 32), False),
        ("asana", lambda: g.pick(["1/", "2/"]) + g.digits(16) + ":" + s(h, 32), False),
        ("clickup", lambda: "pk_" + g.digits(8) + "_" + s(UPALNUM, 32), False),
        ("typeform", lambda: "tfp_" + s(ALNUM, 44) + "_" + s(ALNUM, 14), False),
        ("sanity", lambda: "sk" + s(ALNUM, 180), False),
        ("esri", lambda: g.pick(["AAPK", "AAPT"]) + s(B64URL, 100), False),
        ("here", lambda: s(B64URL, 43), True),
        ("maptiler", lambda: s(ALNUM, 20), True),
        ("tomtom", lambda: s(ALNUM, 32), True),
        ("trello", lambda: s(h, 64), True),
        ("zendesk", lambda: s(ALNUM, 40), True),
        ("webflow", lambda: s(h, 64), True),
        ("pipedrive", lambda: s(h, 40), True),
    ]


# Vendors whose documentation sends the value a way of its own: (vendor, [templates]); {t} the token.
OWN_PLACES = {
    "splunk": ["curl -k https://hec.example.com:8088/services/collector -H \"Authorization: Splunk {t}\" -d '{{\"event\": \"ping\"}}'"],
    "okta": ["curl -H \"Authorization: SSWS {t}\" https://acme.okta.com/api/v1/users?limit=25"],
    "datadog": ["curl -X GET https://api.datadoghq.eu/api/v1/validate -H \"DD-API-KEY: {t}\""],
    "postmark": ["curl https://api.postmarkapp.com/email -H \"X-Postmark-Server-Token: {t}\" -d @mail.json"],
    "vipps": ["Ocp-Apim-Subscription-Key: {t}\nMerchant-Serial-Number: 123456"],
    "cloudflare": ["curl https://api.cloudflare.com/client/v4/zones -H \"X-Auth-Email: $CF_EMAIL\" -H \"X-Auth-Key: {t}\""],
    "fastly": ["curl -H \"Fastly-Key: {t}\" https://api.fastly.com/service"],
    "here": ["https://geocode.search.hereapi.com/v1/geocode?q=Storgata+12+Oslo&apiKey={t}"],
    "maptiler": ["https://api.maptiler.com/maps/streets-v2/style.json?key={t}"],
    "tomtom": ["https://api.tomtom.com/search/2/geocode/Drottninggatan.json?key={t}&countrySet=SE"],
    "trello": ["https://api.trello.com/1/members/me/boards?key=$TRELLO_KEY&token={t}"],
    "pipedrive": ["https://acme.pipedrive.com/api/v1/deals?api_token={t}&status=open"],
    "zendesk": ["curl https://acme.zendesk.com/api/v2/tickets.json -u \"$ZD_USER/token:{t}\""],
    "webflow": ["curl https://api.webflow.com/v2/sites -H \"Authorization: Bearer {t}\""],
    "elks": ["curl https://api.46elks.com/a1/sms -u \"$ELKS_USER:{t}\" -d from=Acme -d to=$ELKS_TO"],
    "pushover": ["curl -s --form-string \"token={t}\" --form-string \"user=$PUSHOVER_USER\" https://api.pushover.net/1/messages.json"],
    "recaptcha": ["RECAPTCHA_SECRET_KEY={t}", "curl -d \"secret={t}&response=$TOKEN\" https://www.google.com/recaptcha/api/siteverify"],
    "wise": ["curl https://api.transferwise.com/v1/profiles -H \"Authorization: Bearer {t}\""],
    "codecov": ["- uses: codecov/codecov-action@v4\n  with:\n    token: {t}"],
}

# Places with a key word or a header before the token: {t} token, {v} vendor, {V} VENDOR.
KEYED_PLACES = [
    ("env", "{V}_API_KEY={t}"),
    ("env", "{V}_TOKEN=\"{t}\""),
    ("env", "export {V}_SECRET_KEY={t}"),
    ("yaml", "{v}:\n  api_key: {t}\n  timeout: 30"),
    ("yaml", "services:\n  worker:\n    environment:\n      - {V}_ACCESS_TOKEN={t}"),
    ("json", "{{\"{v}\": {{\"apiKey\": \"{t}\", \"region\": \"eu\"}}}}"),
    ("json", "{{\"name\": \"{v}-prod\", \"token\": \"{t}\"}}"),
    ("header", "X-{Vc}-Key: {t}"),
    ("header", "GET /v1/items HTTP/1.1\nHost: api.{v}.io\nAuthorization: Bearer {t}\nAccept: application/json"),
    ("header", "Authorization: Token {t}"),
    ("curl", "curl -H 'X-Api-Key: {t}' https://api.{v}.com/v2/status"),
    ("curl", "curl -sS https://api.{v}.io/v1/me -H \"Authorization: Bearer {t}\""),
    ("python", "client = {Vc}Client(api_key=\"{t}\")"),
    ("js", "const {v}Key = process.env.{V}_KEY || '{t}';"),
    ("go", "cfg := {v}.Config{{APIKey: \"{t}\"}}"),
    ("shell", "{v} auth login --token {t}"),
    ("log", "2026-03-02 11:04:55 INFO {v} auth ok api_key={t} user=svc-deploy"),
    ("log", "level=error msg=\"token rejected\" provider={v} token={t}"),
    ("table", "| env | {v} key |\n|---|---|\n| prod | {t} |"),
    ("query", "https://api.{v}.com/v2/search?q=oslo&api_key={t}&limit=10"),
    ("query", "GET /export?format=csv&access_token={t} HTTP/1.1"),
]

# Places with no key word: the token is found by its form alone.
BARE_PLACES = [
    ("bare_line", "{t}"),
    ("bare_list", "- staging: rotated\n- prod: {t}"),
    ("bare_code", "client = {Vc}Client(\"{t}\")"),
    ("bare_js", "init('{t}', {{ retries: 3 }});"),
    ("bare_go", "c := {v}.New(\"{t}\")"),
    ("bare_log", "2026-05-14T08:12:01Z WARN rejected request from worker-3 using {t} (expired)"),
    ("bare_backticks", "Rotated it, the new one is `{t}`"),
    ("bare_table", "| service | value |\n|---|---|\n| {v} | {t} |"),
    ("bare_argv", "$ {v}-cli login {t}"),
]

# Chat prose in six languages, with a cue ("here is the key:") or none.
PROSE = {
    "en": ["here's the key: {t}", "my token is {t} — can you check why it fails?",
           "use this one for staging: {t}", "I pasted {t} in the channel by mistake, how do I revoke it?"],
    "no": ["her er nøkkelen: {t}", "tokenet mitt er {t}, men det funker ikke", "bruk denne i staging: {t}",
           "jeg limte inn {t} i Teams ved en feil, hvordan roterer jeg den?"],
    "sv": ["här är nyckeln: {t}", "min token är {t} men jag får 401", "använd den här: {t}",
           "jag råkade klistra in {t} i chatten, hur återkallar jag den?"],
    "de": ["mein Token ist {t}", "hier der Schlüssel: {t}", "nimm den hier für Staging: {t}",
           "ich habe {t} versehentlich ins Ticket kopiert, wie widerrufe ich das?"],
    "fr": ["voici le jeton : {t}", "ma clé API est {t}, elle ne marche plus", "utilise celle-ci : {t}",
           "j'ai collé {t} dans le canal par erreur, comment la révoquer ?"],
    "es": ["aquí tienes la clave: {t}", "mi token es {t} y me da 401", "usa esta para staging: {t}",
           "pegué {t} en el chat sin querer, ¿cómo lo revoco?"],
}


def fill(tpl, value, vendor):
    vc = vendor[:1].upper() + vendor[1:]
    return tpl.format(t=value, v=vendor, V=vendor.upper(), Vc=vc)


def vendor_cases(g):
    out = []
    for vendor, make, bare in vendors(g):
        for i in range(2):
            t = make()
            roll = g.r.random()
            if vendor in OWN_PLACES and (i == 0 or roll < 0.3):
                shape, tpl, lang = "vendor_own", g.pick(OWN_PLACES[vendor]), g.pick(LANGS)
            elif bare or roll < 0.45:
                (shape, tpl), lang = g.pick(KEYED_PLACES), g.pick(LANGS)
                shape = "vendor_keyed_" + shape
            elif roll < 0.75:
                (shape, tpl), lang = g.pick(BARE_PLACES), g.pick(LANGS)
                shape = "vendor_" + shape
            else:
                lang = g.pick(LANGS)
                shape, tpl = "vendor_prose", g.pick(PROSE[lang])
            out.append(case(lang, shape, fill(tpl, t, vendor), [(TOKEN, t)]))
    return out


# ---- 2. invented prefixes: the form of a vendor token ---------------------------------------------
VERSIONS = ["", "", "", "v1", "v2", "live", "prod", "pat", "test", "sk", "api", "sa"]
SEPARATORS = ["_", "_", "-", ".", ":"]


def invented_token(g):
    stem = g.word(2, 6)
    if g.r.random() < 0.25:
        stem = stem.upper()
    sep = g.pick(SEPARATORS)
    version = g.pick(VERSIONS)
    if stem.isupper():
        version = version.upper()
    prefix = stem + sep + (version + sep if version else "")
    body_kind = g.r.random()
    n = g.r.randrange(24, 65)
    if body_kind < 0.6:
        body = g.s(ALNUM, n)
    elif body_kind < 0.8:
        body = g.s(HEX, n)
    else:
        body = g.s(B64URL, n)
    if g.r.random() < 0.25:
        body += g.pick(["_", "-"]) + g.s(ALNUM, 6)
    return prefix + body


def invented_cases(g, count):
    out = []
    for i in range(count):
        t = invented_token(g)
        vendor = g.word(4, 7)
        roll = g.r.random()
        lang = LANGS[i % len(LANGS)]
        if roll < 0.35:
            shape, tpl = g.pick(KEYED_PLACES)
            shape = "invented_keyed_" + shape
        elif roll < 0.7:
            shape, tpl = g.pick(BARE_PLACES)
            shape = "invented_" + shape
        else:
            shape, tpl = "invented_prose", g.pick(PROSE[lang])
        out.append(case(lang, shape, fill(tpl, t, vendor), [(TOKEN, t)]))
    return out


# ---- 3. decoys in the same places ------------------------------------------------------------------

def public_ids(g):
    """Object and request ids the vendors document as ids (shown in dashboards, URLs and support
    tickets), not secrets."""
    s = g.s
    return [
        "cus_" + s(ALNUM, 14), "pi_" + s(ALNUM, 24), "evt_" + s(ALNUM, 24), "ch_" + s(ALNUM, 24),
        "in_" + s(ALNUM, 24), "sub_" + s(ALNUM, 24), "acct_" + s(ALNUM, 16), "req_" + s(ALNUM, 14),
        "chatcmpl-" + s(ALNUM, 29), "msg_01" + s(ALNUM, 22), "asst_" + s(ALNUM, 24), "thread_" + s(ALNUM, 24),
        "run_" + s(ALNUM, 24), "file-" + s(ALNUM, 22), "batch_" + s(ALNUM, 24), "toolu_01" + s(ALNUM, 22),
        "req_011C" + s(ALNUM, 20),
    ]


PUBLIC_ID_PLACES = [
    ("en", "Stripe support asked for the id: {d} — it shows in the dashboard URL."),
    ("en", "2026-04-02T10:00:01Z INFO webhook handled id={d} type=payment_intent.succeeded"),
    ("en", "{{\"id\": \"{d}\", \"object\": \"event\", \"livemode\": true}}"),
    ("no", "Feilen gjelder {d}, kan du se på den?"),
    ("sv", "Supporten vill ha ärende-id:t {d}."),
    ("de", "Die Anfrage {d} ist mit 529 abgebrochen."),
    ("fr", "L'identifiant {d} apparaît dans les journaux."),
    ("es", "El identificador {d} sale en la respuesta."),
    ("en", "| request | status |\n|---|---|\n| {d} | 500 |"),
    ("en", "curl https://api.example.com/v1/customers/{d} -u \"$STRIPE_KEY:\""),
]


def public_keys(g):
    """Keys the vendor documents as public: publishable keys, client ids, mobile keys."""
    s = g.s
    return [
        ("sb_publishable_" + s(B64URL, 31), "NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY={d}"),
        ("pk-lf-" + g.uuid(), "LANGFUSE_PUBLIC_KEY={d}"),
        ("mob-" + g.uuid(), "LDClient.start(mobileKey: \"{d}\")"),
        ("client-" + s(ALNUM, 43), "statsig.initialize('{d}', {{ userID: 'anon' }});"),
        ("klarna_live_client_" + s(B64URL, 40), "<klarna-placement data-client-id=\"{d}\"></klarna-placement>"),
        ("live-checkout-key-" + s(HEX, 32), "const checkoutOptions = {{ checkoutKey: '{d}' }};"),
        ("pk_live_" + s(HEX, 40), "PaystackPop.setup({{ key: '{d}', email: customer.email }});"),
        ("pk_sbox_" + s(BASE32LOW, 26), "Frames.init('{d}');"),
        ("rzp_live_" + s(ALNUM, 14), "var options = {{ \"key\": \"{d}\", \"amount\": 50000 }};"),
        ("6L" + s(B64URL, 38), "<div class=\"g-recaptcha\" data-sitekey=\"{d}\"></div>"),
        ("sb_publishable_" + s(B64URL, 31), "const supabase = createClient(url, '{d}')"),
        ("pk-lf-" + g.uuid(), "langfuse = Langfuse(public_key=\"{d}\", secret_key=os.environ[\"LANGFUSE_SECRET_KEY\"])"),
    ]


PLACEHOLDERS = ["sk_test_XXXXXXXXXXXXXXXXXXXXXXXX", "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<your-token>",
                "tvly-YOUR_API_KEY", "dop_v1_<token>", "xapp-1-...", "sb_secret_...", "live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "fc-YOUR-API-KEY", "${VERCEL_TOKEN}", "ory_pat_****************", "klarna_live_api_<random>",
                "pdl_live_apikey_REPLACE_ME", "secret-live-xxxxxxxx", "<YOUR_API_KEY>", "xxxx-xxxx-xxxx-xxxx"]

PLACEHOLDER_PLACES = [
    ("en", "{V}_API_KEY={d}"),
    ("en", "Set `Authorization: Bearer {d}` in the request."),
    ("en", "{{\"apiKey\": \"{d}\"}}"),
    ("no", "Bytt ut {d} med din egen nøkkel."),
    ("sv", "Ersätt {d} med din egen token."),
    ("de", "Ersetze {d} durch deinen Schlüssel."),
    ("fr", "Remplacez {d} par votre jeton."),
    ("es", "Sustituye {d} por tu clave."),
]

IDENT_WORDS = ["user", "profile", "settings", "cache", "invalidation", "account", "billing", "export", "retry",
               "policy", "feature", "flag", "rollout", "percentage", "override", "webhook", "delivery", "attempt",
               "counter", "session", "timeout", "handler", "payment", "method", "default", "customer", "portal",
               "config", "loader", "access", "token", "refresh", "interval", "seconds", "enable", "legacy"]


def identifier(g, sep, n_words):
    return sep.join(g.r.sample(IDENT_WORDS, n_words))


IDENT_PLACES = [
    ("en", "{d}=true"),
    ("en", "Rename {d} before the release."),
    ("en", "if settings.{d}:\n    run()"),
    ("no", "Flagget {d} er skrudd av i prod."),
    ("sv", "Inställningen {d} styr det."),
    ("de", "Der Schalter {d} ist aktiv."),
    ("fr", "Le paramètre {d} est obsolète."),
    ("es", "La opción {d} ya no se usa."),
    ("en", "| key | value |\n|---|---|\n| {d} | 30 |"),
    ("en", "https://app.example.com/admin/{d}?tab=overview"),
]


def hash_decoys(g):
    s = g.s
    img = base64.b64encode(bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + bytes(g.r.randrange(256) for _ in range(40))).decode()
    return [
        (s(HEX, 40), "commit {d}\nMerge: build green"),
        (s(HEX, 40), "git cherry-pick {d}"),
        (s(HEX, 64), "sha256sum: {d}  lethe-1.4.2.tar.gz"),
        (s(HEX, 64), "{d}  release.zip"),
        (g.uuid(), "{{\"id\": \"{d}\", \"status\": \"done\"}}"),
        (g.uuid(), "Sak {d} er lukket."),
        ("00-" + s(HEX, 32) + "-" + s(HEX, 16) + "-01", "traceparent: {d}"),
        ("sha512-" + s(B64, 86) + "==", "\"integrity\": \"{d}\","),
        ("h1:" + s(B64, 43) + "=", "golang.org/x/net v0.25.0 {d}"),
        ("sha256:" + s(HEX, 64), "image: ghcr.io/acme/api@{d}"),
        ("main." + s(HEX, 8) + ".js", "<script src=\"/static/js/{d}\"></script>"),
        ("app-" + s(HEX, 16) + ".css", "Serving {d} from cache"),
        ("vendor." + s(HEX, 20) + ".chunk.js", "Loading chunk failed: {d}"),
        ("1.4.2-rc.1+build." + g.digits(5), "Version {d} is deployed."),
        ("v2.18.0-beta.20260105" , "Upgraded to {d} yesterday."),
        ("data:image/png;base64," + img, "<img src=\"{d}\" alt=\"logo\">"),
        ("api-" + s(LOWALNUM, 10) + "-" + s(LOWALNUM, 5), "kubectl logs {d} -n prod"),
        ("worker-" + s(LOWALNUM, 9) + "-" + s(LOWALNUM, 5), "Pod {d} is CrashLoopBackOff."),
        ("W/\"" + s(HEX, 32) + "\"", "ETag: {d}"),
        (s(HEX, 32), "X-Request-Id: {d}"),
    ]


def decoy_cases(g):
    out = []
    for d in public_ids(g):
        lang, tpl = g.pick(PUBLIC_ID_PLACES)
        out.append(case(lang, "decoy_public_id", tpl.format(d=d), [], [d]))
    for d, tpl in public_keys(g):
        out.append(case(g.pick(LANGS), "decoy_public_key", tpl.format(d=d), [], [d]))
    for d in PLACEHOLDERS:
        lang, tpl = g.pick(PLACEHOLDER_PLACES)
        out.append(case(lang, "decoy_placeholder", tpl.format(d=d, V=g.word().upper()), [], [d]))
    for i in range(20):
        sep = "_" if i % 2 == 0 else "-"
        d = identifier(g, sep, g.r.randrange(3, 6))
        lang, tpl = g.pick(IDENT_PLACES)
        out.append(case(lang, "decoy_identifier", tpl.format(d=d), [], [d]))
    for d, tpl in hash_decoys(g):
        out.append(case(g.pick(LANGS), "decoy_hash", tpl.format(d=d), [], [d]))
    return out


# ---- the corpus ------------------------------------------------------------------------------------

def case(lang, shape, text, entities, decoys=()):
    for _, value in entities:
        assert value in text, (value, text)
    for d in decoys:
        assert text.count(d) == 1, (d, text)
    return {"lang": lang, "shape": shape, "text": text,
            "entities": [{"type": t, "value": v} for t, v in entities], "decoys": list(decoys)}


def all_cases():
    g = Gen(SEED)
    cases = vendor_cases(g) + invented_cases(g, 66) + decoy_cases(g)
    return [{"id": "census-tokens2-%d" % i, "lang": c["lang"], "shape": c["shape"], "text": c["text"],
             "entities": c["entities"], "decoys": c["decoys"]} for i, c in enumerate(cases)]


def render():
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in all_cases())


def main(argv):
    return census_main(argv, render, "generate_tokens2.py", __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
